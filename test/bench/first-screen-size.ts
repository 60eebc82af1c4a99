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

/** Sums the gzip sizes of the JavaScript a screen needs before it can show anything. */
export interface FirstScreenSizer {
  /**
   * The JavaScript the page needs to run `sources`, from Vite's build manifest: the entry with
   * its static imports, plus each source's chunk with its static imports (each file once).
   * Dynamic imports are not followed: what they load comes later, or is a source of its own.
   */
  scripts(sources: readonly string[]): Promise<ScriptSize[]>;
  /** The sum of `scripts(sources)`, in gzip bytes. */
  gzipBytes(sources: readonly string[]): Promise<number>;
}

/**
 * Reads `dist/.vite/manifest.json` of the built tab. A source missing from the manifest is an
 * error (a renamed file would otherwise be counted as nothing).
 */
export async function firstScreenSizer(distDir: string): Promise<FirstScreenSizer> {
  const manifestText = await readFile(join(distDir, '.vite', 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as Record<string, ManifestChunk>;
  const gzipped = new Map<string, Promise<number>>();
  const gzipOf = (file: string) => {
    let size = gzipped.get(file);
    if (!size) {
      size = readFile(join(distDir, file)).then((b) => gzipSync(b, { level: 9 }).length);
      gzipped.set(file, size);
    }
    return size;
  };
  const scripts = async (sources: readonly string[]): Promise<ScriptSize[]> => {
    const missing = sources.filter((source) => !manifest[source]);
    if (missing.length > 0) throw new Error(`not in the build manifest: ${missing.join(', ')}`);
    const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
    const files = staticClosure(manifest, [...entries, ...sources]).filter((f) => f.endsWith('.js'));
    return Promise.all(files.map(async (file) => ({ file, gzipBytes: await gzipOf(file) })));
  };
  return {
    scripts,
    gzipBytes: async (sources) =>
      (await scripts(sources)).reduce((sum, script) => sum + script.gzipBytes, 0),
  };
}

/** The files of `roots` and of everything they import statically, each once. */
function staticClosure(manifest: Record<string, ManifestChunk>, roots: string[]): string[] {
  const keys = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (keys.has(key) || !chunk) return;
    keys.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const root of roots) visit(root);
  return [...new Set([...keys].flatMap((key) => manifest[key]?.file ?? []))];
}
