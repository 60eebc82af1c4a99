import { crc32, inflateSync } from 'node:zlib';
import { PNG_SIGNATURE } from './png-encoder.js';
import type { RgbaImage } from './raster.js';

/** A PNG's header fields (IHDR). */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

interface Chunk {
  type: string;
  data: Buffer;
}

function readChunks(bytes: Uint8Array): Chunk[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buffer.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
    throw new Error('not a PNG file (bad signature)');
  }
  const chunks: Chunk[] = [];
  let offset = PNG_SIGNATURE.length;
  while (offset + 12 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const typeAndData = buffer.subarray(offset + 4, offset + 8 + length);
    if (offset + 12 + length > buffer.length) throw new Error('truncated PNG chunk');
    if (crc32(typeAndData) !== buffer.readUInt32BE(offset + 8 + length)) {
      throw new Error('PNG chunk CRC mismatch');
    }
    chunks.push({ type: typeAndData.toString('latin1', 0, 4), data: typeAndData.subarray(4) });
    offset += 12 + length;
  }
  return chunks;
}

function parseHeader(chunk: Chunk | undefined): PngHeader {
  if (chunk?.type !== 'IHDR' || chunk.data.length !== 13) {
    throw new Error('PNG does not start with an IHDR chunk');
  }
  return {
    width: chunk.data.readUInt32BE(0),
    height: chunk.data.readUInt32BE(4),
    bitDepth: chunk.data.readUInt8(8),
    colorType: chunk.data.readUInt8(9),
    interlace: chunk.data.readUInt8(12),
  };
}

/** Reads the header of a PNG file, checking its signature and chunk checksums. */
export function readPngHeader(bytes: Uint8Array): PngHeader {
  return parseHeader(readChunks(bytes)[0]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

function predictor(filter: number, a: number, b: number, c: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return a;
    case 2:
      return b;
    case 3:
      return Math.floor((a + b) / 2);
    case 4:
      return paeth(a, b, c);
    default:
      throw new Error(`unknown PNG filter type ${filter}`);
  }
}

function unfilter(raw: Buffer, width: number, height: number): Uint8Array {
  const stride = width * 4;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let i = 0; i < stride; i += 1) {
      const at = y * stride + i;
      const a = i >= 4 ? (out[at - 4] ?? 0) : 0;
      const b = y > 0 ? (out[at - stride] ?? 0) : 0;
      const c = i >= 4 && y > 0 ? (out[at - stride - 4] ?? 0) : 0;
      const value = raw[y * (stride + 1) + 1 + i] ?? 0;
      out[at] = (value + predictor(filter, a, b, c)) & 0xff;
    }
  }
  return out;
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (the only kind the icons use). */
export function decodePng(bytes: Uint8Array): RgbaImage {
  const chunks = readChunks(bytes);
  const header = parseHeader(chunks[0]);
  if (header.bitDepth !== 8 || header.colorType !== 6 || header.interlace !== 0) {
    throw new Error('only 8-bit RGBA non-interlaced PNGs are supported');
  }
  const compressed = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  const raw = inflateSync(compressed);
  if (raw.length !== (header.width * 4 + 1) * header.height) {
    throw new Error('PNG image data has the wrong length');
  }
  return {
    width: header.width,
    height: header.height,
    data: unfilter(raw, header.width, header.height),
  };
}
