import { ICON_SIZES } from './icon-art.js';
import { decodePng, readPngHeader } from './png-decoder.js';
import type { RgbaImage } from './raster.js';

/** Which manifest icon a file is. */
export type IconKind = keyof typeof ICON_SIZES;

function isWhiteOrTransparent(image: RgbaImage, pixel: number): boolean {
  const [r, g, b, a] = image.data.subarray(pixel * 4, pixel * 4 + 4);
  return a === 0 || (r === 255 && g === 255 && b === 255);
}

function outlineProblems(bytes: Uint8Array): string[] {
  const image = decodePng(bytes);
  const pixels = image.width * image.height;
  let transparent = 0;
  for (let pixel = 0; pixel < pixels; pixel += 1) {
    if (!isWhiteOrTransparent(image, pixel)) {
      return ['outline icon must be white on transparent; it has another colour'];
    }
    if (image.data[pixel * 4 + 3] === 0) transparent += 1;
  }
  return transparent === 0 ? ['outline icon has no transparent background'] : [];
}

/**
 * Checks an Outlook ribbon icon: a PNG of `size` x `size` pixels, as its manifest entry says.
 * Returns the problems found, empty when the icon is fine.
 */
export function checkRibbonIcon(size: number, bytes: Uint8Array): string[] {
  try {
    const header = readPngHeader(bytes);
    return header.width === size && header.height === size
      ? []
      : [
          `ribbon icon must be ${String(size)}x${String(size)}; it is ${String(header.width)}x${String(header.height)}`,
        ];
  } catch (error) {
    return [
      `ribbon icon is not a valid PNG: ${error instanceof Error ? error.message : String(error)}`,
    ];
  }
}

/**
 * Checks an icon file against what Teams accepts: a PNG of the right size (colour 192x192,
 * outline 32x32), and for the outline only white and transparent pixels. Returns the problems
 * found, empty when the icon is fine.
 */
export function checkIcon(kind: IconKind, bytes: Uint8Array): string[] {
  let header;
  try {
    header = readPngHeader(bytes);
  } catch (error) {
    return [
      `${kind} icon is not a valid PNG: ${error instanceof Error ? error.message : String(error)}`,
    ];
  }
  const size = ICON_SIZES[kind];
  if (header.width !== size || header.height !== size) {
    return [`${kind} icon must be ${size}x${size}; it is ${header.width}x${header.height}`];
  }
  if (kind === 'outline') {
    return header.bitDepth === 8 && header.colorType === 6
      ? outlineProblems(bytes)
      : ['outline icon must be an 8-bit RGBA PNG so its background can be transparent'];
  }
  return [];
}
