/**
 * Script: redraws appPackage/color.png and appPackage/outline.png.
 * Run after `npm run build`: `node functions/dist/src/package/draw-icons.js`.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawColorIcon, drawOutlineIcon } from './icon-art.js';
import { findRepoRoot } from './repo-root.js';

const appPackageDir = join(findRepoRoot(dirname(fileURLToPath(import.meta.url))), 'appPackage');
await writeFile(join(appPackageDir, 'color.png'), drawColorIcon());
await writeFile(join(appPackageDir, 'outline.png'), drawOutlineIcon());
process.stdout.write(`wrote color.png and outline.png in ${appPackageDir}\n`);
