import { RAPOR_PENDIDIKAN_COLUMNS } from '@kinerja/contract';
import { parse } from 'csv-parse/sync';

/** One valid data line of a Rapor Pendidikan file. */
export type RaporLine = { line: number; npsn: string; indicatorCode: string; score: number };

/** One problem, with the line (header = 1) and the column when one is at fault. */
export type RaporLineError = { line: number; field: string; message: string };

type Column = (typeof RAPOR_PENDIDIKAN_COLUMNS)[number];

const NPSN = /^[0-9A-Z]{8}$/;
const NUMBER = /^\d{1,3}([.,]\d+)?$/;

// Excel in an Indonesian locale writes ";" between cells (and "," inside decimals).
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

function headerIndexes(header: readonly string[]): Record<Column, number> | RaporLineError {
  const names = header.map((cell) => cell.trim().toLowerCase());
  const missing = RAPOR_PENDIDIKAN_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    const message = `Baris 1: kolom ${missing.map((c) => `"${c}"`).join(', ')} tidak ada; baris judul harus memuat ${RAPOR_PENDIDIKAN_COLUMNS.join(', ')}.`;
    return { line: 1, field: missing[0]!, message };
  }
  return Object.fromEntries(
    RAPOR_PENDIDIKAN_COLUMNS.map((column) => [column, names.indexOf(column)]),
  ) as Record<Column, number>;
}

function checkLine(options: {
  line: number;
  cells: readonly string[];
  at: Record<Column, number>;
  codes: ReadonlySet<string>;
}): RaporLine | RaporLineError {
  const { line, cells, at, codes } = options;
  const npsn = (cells[at.npsn] ?? '').trim().toUpperCase();
  const code = (cells[at.kode_subindikator] ?? '').trim().toLowerCase();
  const value = (cells[at.nilai] ?? '').trim();
  if (!NPSN.test(npsn)) {
    return {
      line,
      field: 'npsn',
      message: `Baris ${line}: npsn "${npsn}" tidak valid; NPSN terdiri atas 8 angka atau huruf.`,
    };
  }
  if (!codes.has(code)) {
    const allowed = [...codes].join(', ');
    return {
      line,
      field: 'kode_subindikator',
      message: `Baris ${line}: kode_subindikator "${code}" tidak dikenal; gunakan salah satu dari: ${allowed}.`,
    };
  }
  const score = Number(value.replace(',', '.'));
  if (!NUMBER.test(value) || score < 0 || score > 100) {
    return {
      line,
      field: 'nilai',
      message: `Baris ${line}: nilai "${value}" harus angka 0–100, mis. 42,5 atau 42.5.`,
    };
  }
  return { line, npsn, indicatorCode: code, score };
}

type CsvRecord = { record: string[]; info: { lines: number } };

function readRecords(text: string): CsvRecord[] | RaporLineError {
  try {
    const records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as CsvRecord[];
    return records.filter((item) => item.record.some((cell) => cell.trim() !== ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { line: 1, field: 'file', message: `Berkas bukan CSV yang dapat dibaca: ${message}` };
  }
}

/** Checks the data lines, each on its own, and each school + code only once. */
function checkRows(
  rows: readonly CsvRecord[],
  at: Record<Column, number>,
  codes: ReadonlySet<string>,
) {
  const lines: RaporLine[] = [];
  const errors: RaporLineError[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of rows) {
    const checked = checkLine({ line: info.lines, cells: record, at, codes });
    if ('message' in checked) {
      errors.push(checked);
      continue;
    }
    const key = `${checked.npsn}:${checked.indicatorCode}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, checked.line);
      lines.push(checked);
      continue;
    }
    const message = `Baris ${checked.line}: NPSN ${checked.npsn} dengan kode ${checked.indicatorCode} sudah ada di baris ${first}.`;
    errors.push({ line: checked.line, field: 'kode_subindikator', message });
  }
  return { lines, errors };
}

/** Parses and checks every line of a Rapor Pendidikan CSV before anything is written. */
export function parseRaporCsv(
  text: string,
  codes: ReadonlySet<string>,
): { lines: RaporLine[]; errors: RaporLineError[] } {
  const records = readRecords(text);
  if (!Array.isArray(records)) return { lines: [], errors: [records] };
  const [header, ...rows] = records;
  if (!header) {
    const message = 'Berkas kosong; isi baris judul dan minimal satu baris data.';
    return { lines: [], errors: [{ line: 1, field: 'file', message }] };
  }
  const at = headerIndexes(header.record);
  if ('message' in at) return { lines: [], errors: [at] };
  if (rows.length === 0) {
    const message = 'Baris 2: belum ada baris data di bawah baris judul.';
    return { lines: [], errors: [{ line: 2, field: 'file', message }] };
  }
  return checkRows(rows, at, codes);
}
