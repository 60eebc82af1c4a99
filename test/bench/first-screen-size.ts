import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  file: string;
  gzipBytes: number;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

/** The default screen, loaded right after the shell; part of what the first screen needs. */
const FIRST_SCREEN_SOURCE = 'src/features/my-goals/MyGoals.tsx';

/**
 * The JavaScript the first screen needs, from Vite's build manifest: the entry with its static
 * imports, plus the default screen's chunk with its static imports. Other screens are lazy and
 * not counted.
 */
export async function firstScreenScripts(
  distDir: string,
  extraSources: readonly string[] = [],
): Promise<ScriptSize[]> {
  const manifestText = await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as Record<string, ManifestChunk>;
  const keys = new Set<string>();
  const visit = (key: string) => {
    if (keys.has(key) || !manifest[key]) return;
    keys.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  visit(FIRST_SCREEN_SOURCE);
  for (const source of extraSources) visit(source);
  const sizes: ScriptSize[] = [];
  for (const key of keys) {
    const file = manifest[key]?.file;
    if (!file?.endsWith('.js')) continue;
    const bytes = await readFile(join(distDir, file));
    sizes.push({ file, gzipBytes: gzipSync(bytes, { level: 9 }).length });
  }
  return sizes;
}
