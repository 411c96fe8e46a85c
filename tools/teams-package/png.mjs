// Minimal PNG encoder for the app icons: 8-bit RGBA, no interlacing, every row stored with filter 0.
import { crc32, deflateSync } from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const colourTypeRgba = 6;
const bytesPerPixel = 4;

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes an image ({ width, height, rgba } with rgba row-major, 4 bytes a pixel) as PNG bytes. */
export function encodePng({ width, height, rgba }) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourTypeRgba, 0, 0, 0], 8); // bit depth, colour type, compression, filter, interlace

  const rowLength = width * bytesPerPixel;
  const scanlines = Buffer.alloc(height * (rowLength + 1));
  for (let y = 0; y < height; y++) {
    scanlines[y * (rowLength + 1)] = 0; // filter type "None"
    scanlines.set(rgba.subarray(y * rowLength, (y + 1) * rowLength), y * (rowLength + 1) + 1);
  }

  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
