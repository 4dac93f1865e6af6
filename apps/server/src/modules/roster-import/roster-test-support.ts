import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/database.js';
import {
  PTK_COLUMNS,
  SCHOOL_COLUMNS,
  type PtkColumn,
  type SchoolColumn,
} from './roster-columns.js';

// Test support only: builds roster files in a temp directory and counts what an import may touch.

/** The committed sample files (samples/roster/). */
export const SAMPLES = {
  schools: fileURLToPath(new URL('../../../../../samples/roster/sekolah.csv', import.meta.url)),
  ptk: fileURLToPath(new URL('../../../../../samples/roster/ptk.csv', import.meta.url)),
  ptkXlsx: fileURLToPath(new URL('../../../../../samples/roster/ptk.xlsx', import.meta.url)),
};

/** Known people and schools of the samples. */
export const SAMPLE = {
  smaNpsn: '20219901',
  sdNpsn: '20219902',
  smpNpsn: '69912345',
  ratna: { nip: '198508222010012011', nuptk: '7154763665300022' },
  bambangEmail: 'bambang.sutrisno@guru.sma.belajar.id',
};

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** CSV text of rows (header first), CRLF line ends as Excel writes them. */
export const csvText = (rows: readonly (readonly string[])[]): string =>
  rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';

/** Writes a file into `dir` and returns its path. */
export async function writeTemp(
  dir: string,
  name: string,
  content: string | Buffer,
): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** A workbook with these sheets (each a list of rows; `null` leaves a row empty); returns its bytes. */
export async function xlsxBytes(
  sheets: Record<string, ReadonlyArray<ReadonlyArray<ExcelJS.CellValue> | null>>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, i) => {
      if (row) sheet.getRow(i + 1).values = [...row];
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

let nuptkSeq = 0;

/** A valid PTK row of a NON ASN teacher at the sample SMA, with a fresh NUPTK; override any column. */
export function ptkRow(overrides: Partial<Record<PtkColumn, string>> = {}): string[] {
  nuptkSeq++;
  const base: Record<PtkColumn, string> = {
    npsn: SAMPLE.smaNpsn,
    nama: `Guru Uji ${nuptkSeq}`,
    nip: '',
    nuptk: String(5500000000000000 + nuptkSeq),
    email: '',
    status_kepegawaian: 'NON ASN',
    pangkat_golongan: '',
    jenjang_jabatan: '',
    jenis_ptk: 'Guru Mapel',
    kepala_sekolah: '',
  };
  const row = { ...base, ...overrides };
  return PTK_COLUMNS.map((c) => row[c]);
}

/** A valid schools row in Jawa Barat; override any column. */
export function schoolRow(overrides: Partial<Record<SchoolColumn, string>> = {}): string[] {
  const base: Record<SchoolColumn, string> = {
    npsn: '20288801',
    nama_sekolah: 'SMK Negeri Uji 1',
    jenjang: 'SMK',
    status: 'negeri',
    kode_provinsi: '32',
    nama_provinsi: 'Jawa Barat',
    kode_kabupaten: '3273',
    nama_kabupaten: 'Kota Bandung',
  };
  const row = { ...base, ...overrides };
  return SCHOOL_COLUMNS.map((c) => row[c]);
}

/** Header rows of the two kinds. */
export const PTK_HEADER = [...PTK_COLUMNS];
export const SCHOOL_HEADER = [...SCHOOL_COLUMNS];

/** Row counts of every table an import writes to. */
export async function rosterCounts(db: Db): Promise<Record<string, number>> {
  const tables = [
    'provinces',
    'regencies',
    'schools',
    'people',
    'schoolStaff',
    'schoolPrincipals',
    'auditLog',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
