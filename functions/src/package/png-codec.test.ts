import { crc32, deflateSync } from 'node:zlib';
import { decodePng, readPngHeader } from './png-decoder.js';
import { encodePng, PNG_SIGNATURE } from './png-encoder.js';
import type { RgbaImage } from './raster.js';

const image: RgbaImage = {
  width: 3,
  height: 2,
  data: Uint8Array.from([
    255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40, 250, 240, 230, 220, 1, 2, 3, 4,
  ]),
};

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const frame = Buffer.alloc(8 + data.length + 4);
  frame.writeUInt32BE(data.length, 0);
  typeAndData.copy(frame, 4);
  frame.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return frame;
}

/** The PNG specification's predictors, written out independently of the decoder. */
const predictors: Record<number, (a: number, b: number, c: number) => number> = {
  1: (a) => a,
  2: (_a, b) => b,
  3: (a, b) => Math.floor((a + b) / 2),
  4: (a, b, c) => {
    const p = a + b - c;
    const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
  },
};

/** Encodes `source` with every row using one filter type, as other PNG writers do. */
function encodeFiltered(source: RgbaImage, filter: number): Buffer {
  const stride = source.width * 4;
  const raw = Buffer.alloc((stride + 1) * source.height);
  const at = (y: number, i: number): number =>
    y < 0 || i < 0 ? 0 : (source.data[y * stride + i] ?? 0);
  for (let y = 0; y < source.height; y += 1) {
    raw[y * (stride + 1)] = filter;
    for (let i = 0; i < stride; i += 1) {
      const predicted = predictors[filter]?.(at(y, i - 4), at(y - 1, i), at(y - 1, i - 4)) ?? 0;
      raw[y * (stride + 1) + 1 + i] = (at(y, i) - predicted) & 0xff;
    }
  }
  const ihdr = Buffer.from(encodePng(source).subarray(16, 29));
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

describe('PNG encoder and decoder', () => {
  it('round-trips an RGBA image', () => {
    const decoded = decodePng(encodePng(image));
    expect(decoded).toEqual({ width: 3, height: 2, data: image.data });
  });

  it('writes a standard header', () => {
    expect(readPngHeader(encodePng(image))).toEqual({
      width: 3,
      height: 2,
      bitDepth: 8,
      colorType: 6,
      interlace: 0,
    });
  });

  it.each([1, 2, 3, 4])('decodes rows written with filter type %i', (filter) => {
    expect(decodePng(encodeFiltered(image, filter)).data).toEqual(image.data);
  });

  it.each([
    ['a bad signature', (png: Buffer) => png.fill(0, 0, 1), /signature/],
    ['a corrupted chunk', (png: Buffer) => png.fill(7, 20, 21), /CRC/],
  ])('rejects %s', (_name, corrupt, message) => {
    expect(() => readPngHeader(corrupt(encodePng(image)))).toThrow(message);
  });

  it('refuses image data of the wrong length', () => {
    expect(() => encodePng({ width: 2, height: 2, data: new Uint8Array(4) })).toThrow(RangeError);
  });
});
