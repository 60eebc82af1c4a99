/** An 8-bit RGBA image, rows top to bottom, 4 bytes per pixel. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** A colour as red, green, blue and alpha, each 0-255. */
export type Rgba = readonly [number, number, number, number];

/** A point in pixel coordinates; pixel (x, y) covers [x, x + 1) x [y, y + 1). */
export type Point = readonly [number, number];

/** Sub-samples per pixel side for anti-aliasing (4 x 4 = 16 coverage levels). */
const SAMPLES = 4;

/** Returns a new image filled with one colour. */
export function createImage(width: number, height: number, fill: Rgba): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let offset = 0; offset < data.length; offset += 4) {
    data.set(fill, offset);
  }
  return { width, height, data };
}

/** Even-odd rule, so a polygon may be any simple (non-self-intersecting) outline. */
function contains(polygon: readonly Point[], x: number, y: number): boolean {
  let inside = false;
  let previous = polygon[polygon.length - 1];
  for (const current of polygon) {
    if (previous !== undefined) {
      const [x1, y1] = previous;
      const [x2, y2] = current;
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) {
        inside = !inside;
      }
    }
    previous = current;
  }
  return inside;
}

function coverage(polygon: readonly Point[], px: number, py: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      if (contains(polygon, px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) {
        hits += 1;
      }
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

/** Porter-Duff "source over" of `color` at `alpha` onto the pixel at `offset`. */
function blend(data: Uint8Array, offset: number, color: Rgba, alpha: number): void {
  const srcA = (color[3] / 255) * alpha;
  const dstA = (data[offset + 3] ?? 0) / 255;
  const outA = srcA + dstA * (1 - srcA);
  for (let channel = 0; channel < 3; channel += 1) {
    const dst = data[offset + channel] ?? 0;
    const src = color[channel] ?? 0;
    data[offset + channel] =
      outA === 0 ? 0 : Math.round((src * srcA + dst * dstA * (1 - srcA)) / outA);
  }
  data[offset + 3] = Math.round(outA * 255);
}

/** Paints an anti-aliased polygon onto `image` (mutates it). */
export function fillPolygon(image: RgbaImage, polygon: readonly Point[], color: Rgba): void {
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const alpha = coverage(polygon, x, y);
      if (alpha > 0) {
        blend(image.data, (y * image.width + x) * 4, color, alpha);
      }
    }
  }
}
