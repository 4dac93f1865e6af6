import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { RosterFileError } from './roster-file-error.js';
import { readXlsxRows } from './read-xlsx-rows.js';

/** One non-blank row of a roster file: its line (CSV) or row number (XLSX) and its cells as text. */
export type RawRow = {
  line: number;
  cells: string[];
  /** Cells that Excel stored as numbers too long to keep every digit (e.g. an 18-digit NIP). */
  imprecise?: ReadonlySet<number>;
  /** The XLSX sheet the row comes from; null for CSV. */
  sheet: string | null;
};

/** The two formats a roster file may have, recognised by content rather than by name. */
export type RosterFormat = 'csv' | 'xlsx';

const SNIFF_BYTES = 8192;
// Longest CSV record accepted: a quote left open would otherwise swallow the rest of a big file.
const MAX_RECORD_CHARS = 64 * 1024;

/** Decides CSV or XLSX from the first bytes of a file; throws a RosterFileError for anything else. */
export function detectFormat(head: Buffer): RosterFormat {
  if (head.length === 0) throw new RosterFileError('Berkas kosong.');
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new RosterFileError(
      'Berkas Excel 97–2003 (.xls) tidak didukung; simpan ulang sebagai .xlsx atau CSV UTF-8.',
    );
  }
  // Text: no NUL and no control characters other than tab, CR, LF (and the ESC-free UTF-8 bytes).
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) {
      throw new RosterFileError(
        'Berkas bukan CSV maupun XLSX; unggah berkas .csv (teks UTF-8) atau .xlsx.',
      );
    }
  }
  return 'csv';
}

/** Reads the first bytes of a file from disk and detects its format. */
export async function sniffRosterFile(filePath: string): Promise<RosterFormat> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return detectFormat(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** Streams the non-blank rows of a roster file, header first, never holding the whole file. */
export async function* readRosterRows(
  filePath: string,
  format: RosterFormat,
): AsyncGenerator<RawRow> {
  const rows = format === 'xlsx' ? readXlsxRows(filePath) : readCsvRows(filePath);
  for await (const row of rows) {
    if (row.cells.some((cell) => cell.trim() !== '')) yield row;
  }
}

async function* readCsvRows(filePath: string): AsyncGenerator<RawRow> {
  const parser = parse({
    bom: true,
    delimiter: await sniffDelimiter(filePath),
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
    info: true,
  });
  const records = pipeline(
    createReadStream(filePath, { highWaterMark: 256 * 1024 }),
    parser,
    () => {},
  );
  try {
    for await (const item of records as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const breaks = item.record.reduce((n, cell) => n + countLineBreaks(cell), 0);
      yield { line: item.info.lines - breaks, cells: item.record, sheet: null };
    }
  } catch (error) {
    throw csvFileError(error);
  }
}

function countLineBreaks(text: string): number {
  if (!text.includes('\n') && !text.includes('\r')) return 0;
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/** Excel in an Indonesian locale saves CSV with ';' — take whichever separator the header uses most. */
async function sniffDelimiter(filePath: string): Promise<string> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const firstLine =
      buffer
        .subarray(0, bytesRead)
        .toString('utf8')
        .split(/\r?\n|\r/, 1)[0] ?? '';
    const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
    const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
    return best.n > 0 ? best.d : ',';
  } finally {
    await handle.close();
  }
}

function csvFileError(error: unknown): Error {
  if (!(error instanceof CsvError))
    return error instanceof Error ? error : new Error(String(error));
  const line = (error as CsvError & { lines?: number }).lines ?? null;
  const at = line === null ? '' : `Baris ${line}: `;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new RosterFileError(
      `${at}berkas CSV berakhir di dalam kolom bertanda kutip (") yang tidak ditutup — berkas terpotong atau rusak.`,
      { line },
    );
  }
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return new RosterFileError(
      `${at}satu baris lebih dari ${MAX_RECORD_CHARS.toLocaleString('id-ID')} karakter — biasanya karena tanda kutip (") yang tidak ditutup.`,
      { line },
    );
  }
  return new RosterFileError(`${at}format CSV tidak valid (${error.code}).`, { line });
}
