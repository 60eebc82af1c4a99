import { encodePng } from './png-encoder.js';
import { createImage, fillPolygon, type Point, type Rgba } from './raster.js';

/** The brand colour: the colour icon's background and the manifest's `accentColor`. */
export const BRAND_COLOR: Rgba = [0x2f, 0x4d, 0xa8, 0xff];

/** Teams wants the colour icon 192x192 and the outline icon 32x32. */
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** The Outlook ribbon button's icon sizes: the manifest schema requires 16, 32 and 80. */
export const RIBBON_ICON_SIZES = [16, 32, 80] as const;

/** Where the ribbon icons live in the repo: served by the tab's host at `/outlook/`. */
export const RIBBON_ICON_DIR = 'teams-app/public/outlook';

/** The ribbon icon's file name for a size, as the manifest names it. */
export function ribbonIconName(size: number): string {
  return `schedule-${String(size)}.png`;
}

const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];
const TRANSPARENT: Rgba = [0, 0, 0, 0];

/** Radii of the star as fractions of half the icon side. */
interface StarProportions {
  cardinal: number;
  diagonal: number;
  waist: number;
}

/**
 * An eight-pointed compass star: long points north, east, south and west, short points on
 * the diagonals, and a "waist" vertex between each pair of points.
 */
export function compassStar(size: number, proportions: StarProportions): Point[] {
  const centre = size / 2;
  const points: Point[] = [];
  for (let k = 0; k < 8; k += 1) {
    const tip = k % 2 === 0 ? proportions.cardinal : proportions.diagonal;
    for (const [radius, angle] of [
      [tip, k * 45],
      [proportions.waist, k * 45 + 22.5],
    ] as const) {
      const radians = (angle * Math.PI) / 180;
      points.push([
        centre + radius * centre * Math.sin(radians),
        centre - radius * centre * Math.cos(radians),
      ]);
    }
  }
  return points;
}

/** The 192x192 colour icon: a white compass star on the brand colour. */
export function drawColorIcon(): Buffer {
  const image = createImage(ICON_SIZES.color, ICON_SIZES.color, BRAND_COLOR);
  fillPolygon(
    image,
    compassStar(ICON_SIZES.color, { cardinal: 0.6, diagonal: 0.34, waist: 0.15 }),
    WHITE,
  );
  return encodePng(image);
}

/** The 32x32 outline icon: the same star in white on a transparent background. */
export function drawOutlineIcon(): Buffer {
  const image = createImage(ICON_SIZES.outline, ICON_SIZES.outline, TRANSPARENT);
  fillPolygon(
    image,
    compassStar(ICON_SIZES.outline, { cardinal: 0.88, diagonal: 0.52, waist: 0.3 }),
    WHITE,
  );
  return encodePng(image);
}

/**
 * An Outlook ribbon icon of `size` pixels: the star in the brand colour on a transparent
 * background, so it sits on light and dark ribbons alike.
 */
export function drawRibbonIcon(size: number): Buffer {
  const image = createImage(size, size, TRANSPARENT);
  fillPolygon(
    image,
    compassStar(size, { cardinal: 0.92, diagonal: 0.55, waist: 0.3 }),
    BRAND_COLOR,
  );
  return encodePng(image);
}
