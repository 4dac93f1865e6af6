import { crc32 } from 'node:zlib';

// A minimal streaming ZIP writer (APPNOTE 6.3): entries are stored (the PDFs are compressed
// already), each written as soon as it is ready, so a region's documents never sit in memory at
// once. ZIP64 records are added when the archive outgrows the classic 65,535 entries / 4 GiB.

const UTF8_NAMES = 0x0800;
const STORED = 0;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

type Entry = {
  name: Buffer;
  crc: number;
  size: number;
  offset: number;
  time: number;
  date: number;
};

/** MS-DOS time and date of an instant, in WIB (UTC+7) as Indonesian users read them. */
function dosDateTime(at: Date): { time: number; date: number } {
  const wib = new Date(at.getTime() + 7 * 3600 * 1000);
  const year = Math.max(1980, wib.getUTCFullYear());
  return {
    time: (wib.getUTCHours() << 11) | (wib.getUTCMinutes() << 5) | (wib.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((wib.getUTCMonth() + 1) << 5) | wib.getUTCDate(),
  };
}

/**
 * Builds a ZIP file piece by piece: `add` returns the bytes of one entry (local header + data),
 * `finish` the central directory. The caller streams the pieces in order.
 */
export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;

  /** The local header and content of one stored file. */
  add(name: string, data: Buffer, modifiedAt: Date): Buffer {
    if (data.length >= MAX_32) throw new Error(`zip entry ${name} is too large`);
    const nameBytes = Buffer.from(name, 'utf8');
    const { time, date } = dosDateTime(modifiedAt);
    const entry = {
      name: nameBytes,
      crc: crc32(data),
      size: data.length,
      offset: this.offset,
      time,
      date,
    };
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(STORED, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(entry.crc, 14);
    header.writeUInt32LE(entry.size, 18);
    header.writeUInt32LE(entry.size, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    this.entries.push(entry);
    const piece = Buffer.concat([header, nameBytes, data]);
    this.offset += piece.length;
    return piece;
  }

  private centralHeader(entry: Entry): Buffer {
    const isFar = entry.offset >= MAX_32;
    const extra = Buffer.alloc(isFar ? 12 : 0);
    if (isFar) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8, 2);
      extra.writeBigUInt64LE(BigInt(entry.offset), 4);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(isFar ? 45 : 20, 4);
    header.writeUInt16LE(isFar ? 45 : 20, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(STORED, 10);
    header.writeUInt16LE(entry.time, 12);
    header.writeUInt16LE(entry.date, 14);
    header.writeUInt32LE(entry.crc, 16);
    header.writeUInt32LE(entry.size, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(entry.name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    // comment length, disk, internal and external attributes stay 0
    header.writeUInt32LE(isFar ? MAX_32 : entry.offset, 42);
    return Buffer.concat([header, entry.name, extra]);
  }

  private zip64End(directoryOffset: number, directorySize: number): Buffer {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(this.entries.length), 24);
    record.writeBigUInt64LE(BigInt(this.entries.length), 32);
    record.writeBigUInt64LE(BigInt(directorySize), 40);
    record.writeBigUInt64LE(BigInt(directoryOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
    locator.writeUInt32LE(1, 16);
    return Buffer.concat([record, locator]);
  }

  /** The central directory and end records; nothing may be added afterwards. */
  finish(): Buffer {
    const directory = Buffer.concat(this.entries.map((entry) => this.centralHeader(entry)));
    const directoryOffset = this.offset;
    const count = this.entries.length;
    const needs64 = count >= MAX_16 || directoryOffset >= MAX_32 || directory.length >= MAX_32;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(needs64 ? MAX_16 : count, 8);
    end.writeUInt16LE(needs64 ? MAX_16 : count, 10);
    end.writeUInt32LE(needs64 ? MAX_32 : directory.length, 12);
    end.writeUInt32LE(needs64 ? MAX_32 : directoryOffset, 16);
    const tail = needs64 ? [this.zip64End(directoryOffset, directory.length), end] : [end];
    this.offset += directory.length;
    return Buffer.concat([directory, ...tail]);
  }
}
