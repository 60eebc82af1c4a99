import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root, found from the working directory (jest and npm scripts run there), so
 * this works under jest's CommonJS and tsx's ESM alike (no `__dirname` / `import.meta`).
 */
export function repoRoot(start = process.cwd()): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'northstar'
    ) {
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`No Northstar checkout above ${start}`);
  }
}
