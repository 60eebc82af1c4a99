import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BRAND_COLOR,
  drawColorIcon,
  drawOutlineIcon,
  drawRibbonIcon,
  ICON_SIZES,
  RIBBON_ICON_DIR,
  RIBBON_ICON_SIZES,
  ribbonIconName,
} from './icon-art.js';
import { checkIcon, checkRibbonIcon } from './icon-checks.js';
import { encodePng } from './png-encoder.js';
import { decodePng } from './png-decoder.js';
import { createImage } from './raster.js';
import { findRepoRoot } from './repo-root.js';

const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
const appPackageDir = join(repoRoot, 'appPackage');
const committed = (name: string): Promise<Buffer> => readFile(join(appPackageDir, name));
const committedRibbon = (size: number): Promise<Buffer> =>
  readFile(join(repoRoot, RIBBON_ICON_DIR, ribbonIconName(size)));

function pixel(png: Uint8Array, x: number, y: number): number[] {
  const image = decodePng(png);
  const offset = (y * image.width + x) * 4;
  return [...image.data.subarray(offset, offset + 4)];
}

describe('app icons', () => {
  it.each([
    ['color.png', drawColorIcon],
    ['outline.png', drawOutlineIcon],
  ])('the committed %s is what draw-icons draws', async (name, draw) => {
    expect(decodePng(await committed(name))).toEqual(decodePng(draw()));
  });

  it.each([
    ['color.png', 192],
    ['outline.png', 32],
  ])('%s is %ipx square', async (name, size) => {
    const image = decodePng(await committed(name));
    expect([image.width, image.height]).toEqual([size, size]);
  });

  it.each([
    [0, 0],
    [31, 0],
    [0, 31],
    [31, 31],
  ])('the outline icon is transparent at corner (%i, %i)', async (x, y) => {
    expect(pixel(await committed('outline.png'), x, y)[3]).toBe(0);
  });

  it('the colour icon has an opaque brand background and a white centre', async () => {
    const png = await committed('color.png');
    expect(pixel(png, 0, 0)).toEqual([...BRAND_COLOR]);
    expect(pixel(png, 96, 96)).toEqual([255, 255, 255, 255]);
  });

  it.each([
    ['color', 'color.png'],
    ['outline', 'outline.png'],
  ] as const)('the committed %s icon passes the package checks', async (kind, name) => {
    expect(checkIcon(kind, await committed(name))).toEqual([]);
  });
});

describe('Outlook ribbon icons', () => {
  it.each(RIBBON_ICON_SIZES)(
    'the committed %ipx icon is what draw-icons draws and passes the checks',
    async (size) => {
      const png = await committedRibbon(size);
      expect(decodePng(png)).toEqual(decodePng(drawRibbonIcon(size)));
      expect(checkRibbonIcon(size, png)).toEqual([]);
    },
  );

  it('has a transparent corner and a brand-coloured centre', async () => {
    const png = await committedRibbon(80);
    expect(pixel(png, 0, 0)[3]).toBe(0);
    expect(pixel(png, 40, 40)).toEqual([...BRAND_COLOR]);
  });

  it.each([
    [Buffer.from('not a png'), /not a valid PNG/],
    [encodePng(createImage(32, 32, [0, 0, 0, 0])), /must be 16x16; it is 32x32/],
  ])('rejects a bad 16px icon', (bytes, problem) => {
    expect(checkRibbonIcon(16, bytes)).toEqual([expect.stringMatching(problem)]);
  });
});

describe('checkIcon', () => {
  const square = (size: number, fill: readonly [number, number, number, number]): Buffer =>
    encodePng(createImage(size, size, fill));

  it.each([
    ['color', square(32, [0, 0, 0, 255]), /must be 192x192; it is 32x32/],
    ['outline', square(192, [0, 0, 0, 0]), /must be 32x32/],
    ['outline', square(ICON_SIZES.outline, [255, 0, 0, 255]), /white on transparent/],
    ['outline', square(ICON_SIZES.outline, [255, 255, 255, 255]), /no transparent background/],
    ['color', Buffer.from('not a png'), /not a valid PNG/],
  ] as const)('rejects a bad %s icon', (kind, bytes, problem) => {
    const problems = checkIcon(kind, bytes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });
});
