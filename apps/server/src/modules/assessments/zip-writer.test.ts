import { describe, expect, it } from 'vitest';
import { readZip } from './assessment-test-support.js';
import { ZipWriter } from './zip-writer.js';

const AT = new Date('2026-12-07T03:00:00.000Z');

describe('ZipWriter (stored entries, streamed)', () => {
  it('writes entries any unzip reads back, with CRC-32, UTF-8 names and WIB times', () => {
    const zip = new ZipWriter();
    const parts = [
      zip.add('20212345-sma/evaluasi-é.pdf', Buffer.from('%PDF-1.3 satu'), AT),
      zip.add('20212345-sma/dua.pdf', Buffer.alloc(3000, 7), AT),
      zip.finish(),
    ];
    const file = Buffer.concat(parts);
    const entries = readZip(file);
    expect(entries.map((entry) => entry.name)).toEqual([
      '20212345-sma/evaluasi-é.pdf',
      '20212345-sma/dua.pdf',
    ]);
    expect(entries[0]!.data.toString()).toBe('%PDF-1.3 satu');
    expect(entries[1]!.data).toEqual(Buffer.alloc(3000, 7));
    // 10:00 WIB on 7 December 2026, in MS-DOS format.
    expect(file.readUInt16LE(10)).toBe((10 << 11) | (0 << 5) | 0);
    expect(file.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (12 << 5) | 7);
  });

  it('adds the ZIP64 end records past 65,535 entries', () => {
    const zip = new ZipWriter();
    const parts: Buffer[] = [];
    for (let i = 0; i < 70_000; i++) parts.push(zip.add(`f${i}.pdf`, Buffer.from(String(i)), AT));
    parts.push(zip.finish());
    const file = Buffer.concat(parts);
    const end = file.length - 22;
    expect(file.readUInt32LE(end)).toBe(0x06054b50);
    expect(file.readUInt16LE(end + 10)).toBe(0xffff);
    const locator = end - 20;
    expect(file.readUInt32LE(locator)).toBe(0x07064b50);
    const record = Number(file.readBigUInt64LE(locator + 8));
    expect(file.readUInt32LE(record)).toBe(0x06064b50);
    expect(file.readBigUInt64LE(record + 32)).toBe(70_000n);
    const directory = Number(file.readBigUInt64LE(record + 48));
    expect(file.readUInt32LE(directory)).toBe(0x02014b50);
  });
});
