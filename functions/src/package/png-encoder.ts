import { crc32, deflateSync } from 'node:zlib';
import type { RgbaImage } from './raster.js';

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]);

const BIT_DEPTH = 8;
const COLOR_TYPE_RGBA = 6;
const FILTER_NONE = 0;

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function header(image: RgbaImage): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(image.width, 0);
  ihdr.writeUInt32BE(image.height, 4);
  // compression, filter method and interlace stay 0: deflate, adaptive filtering, no interlace.
  ihdr.writeUInt8(BIT_DEPTH, 8);
  ihdr.writeUInt8(COLOR_TYPE_RGBA, 9);
  return ihdr;
}

function scanlines(image: RgbaImage): Buffer {
  const stride = image.width * 4;
  const raw = Buffer.alloc((stride + 1) * image.height);
  for (let y = 0; y < image.height; y += 1) {
    raw[y * (stride + 1)] = FILTER_NONE;
    raw.set(image.data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return raw;
}

/** Encodes an RGBA image as a PNG file (8-bit truecolour with alpha, not interlaced). */
export function encodePng(image: RgbaImage): Buffer {
  if (image.data.length !== image.width * image.height * 4) {
    throw new RangeError(`image data is not ${image.width}x${image.height} RGBA`);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header(image)),
    chunk('IDAT', deflateSync(scanlines(image), { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
