/**
 * Script: redraws appPackage/color.png, appPackage/outline.png and the Outlook ribbon icons in
 * teams-app/public/outlook/.
 * Run after `npm run build`: `node functions/dist/src/package/draw-icons.js`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  drawColorIcon,
  drawOutlineIcon,
  drawRibbonIcon,
  RIBBON_ICON_DIR,
  RIBBON_ICON_SIZES,
  ribbonIconName,
} from './icon-art.js';
import { findRepoRoot } from './repo-root.js';

const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
const appPackageDir = join(repoRoot, 'appPackage');
await writeFile(join(appPackageDir, 'color.png'), drawColorIcon());
await writeFile(join(appPackageDir, 'outline.png'), drawOutlineIcon());
const ribbonDir = join(repoRoot, RIBBON_ICON_DIR);
await mkdir(ribbonDir, { recursive: true });
for (const size of RIBBON_ICON_SIZES) {
  await writeFile(join(ribbonDir, ribbonIconName(size)), drawRibbonIcon(size));
}
process.stdout.write(
  `wrote color.png and outline.png in ${appPackageDir}, ribbon icons in ${ribbonDir}\n`,
);
