import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The file that marks the repository root for the packaging scripts. */
const MARKER = join('appPackage', 'manifest.template.json');

/**
 * Walks up from `startDir` to the folder holding `appPackage/manifest.template.json`, so the
 * scripts work from `src/` or `dist/` and from any working directory. Throws when none is found.
 */
export function findRepoRoot(startDir: string): string {
  let dir = startDir;
  while (!existsSync(join(dir, MARKER))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no ${MARKER} above ${startDir}`);
    dir = parent;
  }
  return dir;
}
