// Minimal ZIP writer for the Teams app package: deflated entries in a single folder-less archive. Timestamps
// are fixed so the same inputs always give the same bytes.
import { crc32, deflateRawSync } from 'node:zlib';

const fixedDosTime = 0; // 00:00:00
const fixedDosDate = ((2026 - 1980) << 9) | (1 << 5) | 1; // 2026-01-01
const versionNeeded = 20; // 2.0: deflate
const utf8NamesFlag = 0x0800;
const deflateMethod = 8;

function localHeader(entry) {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(versionNeeded, 4);
  header.writeUInt16LE(utf8NamesFlag, 6);
  header.writeUInt16LE(deflateMethod, 8);
  header.writeUInt16LE(fixedDosTime, 10);
  header.writeUInt16LE(fixedDosDate, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.compressed.length, 18);
  header.writeUInt32LE(entry.data.length, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28); // no extra field
  return Buffer.concat([header, entry.name]);
}

function centralHeader(entry) {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(versionNeeded, 4); // made by
  header.writeUInt16LE(versionNeeded, 6);
  header.writeUInt16LE(utf8NamesFlag, 8);
  header.writeUInt16LE(deflateMethod, 10);
  header.writeUInt16LE(fixedDosTime, 12);
  header.writeUInt16LE(fixedDosDate, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressed.length, 20);
  header.writeUInt32LE(entry.data.length, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // Extra field, comment, disk number, internal and external attributes: all zero.
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

function endOfCentralDirectory(entryCount, directorySize, directoryOffset) {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(entryCount, 8);
  record.writeUInt16LE(entryCount, 10);
  record.writeUInt32LE(directorySize, 12);
  record.writeUInt32LE(directoryOffset, 16);
  return record;
}

/** Builds a ZIP archive from [{ name, data }] (data: Buffer) and returns its bytes. */
export function createZip(files) {
  let offset = 0;
  const entries = files.map(({ name, data }) => {
    const entry = { name: Buffer.from(name, 'utf8'), data, crc: crc32(data), compressed: deflateRawSync(data, { level: 9 }), offset };
    offset += 30 + entry.name.length + entry.compressed.length;
    return entry;
  });
  const localParts = entries.flatMap((entry) => [localHeader(entry), entry.compressed]);
  const directory = Buffer.concat(entries.map(centralHeader));
  return Buffer.concat([...localParts, directory, endOfCentralDirectory(entries.length, directory.length, offset)]);
}
