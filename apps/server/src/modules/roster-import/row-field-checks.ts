import type { RosterImportError } from '@kinerja/contract';
import { rowError } from './roster-file-error.js';

/** The problems of one row as they are found; `add` returns undefined so a check can `return p.add(…)`. */
export class RowProblems {
  readonly errors: RosterImportError[] = [];

  constructor(readonly line: number) {}

  /** Records one problem with a column (null: the row as a whole). */
  add(column: string | null, text: string): undefined {
    this.errors.push(rowError(this.line, column, text));
    return undefined;
  }
}

/** School levels the schema allows (schools.jenjang). */
export const JENJANG = ['PAUD', 'SD', 'SMP', 'SMA', 'SMK', 'SLB'] as const;

const MAX_TEXT = 200;

/** Message for a value outside a fixed list: a blank cell is missing, anything else unknown. */
export const notAllowed = (column: string, value: string, allowed: string) =>
  value === ''
    ? `kolom ${column} wajib diisi; ${allowed}`
    : `kolom ${column} "${value}" tidak dikenal; ${allowed}`;

/** Cells Excel garbled (invalid UTF-8) or rounded (long numbers stored as numbers). */
export function checkCells(
  p: RowProblems,
  record: Record<string, string>,
  imprecise: ReadonlySet<string>,
): void {
  for (const [column, value] of Object.entries(record)) {
    if (value.includes('\uFFFD')) {
      p.add(
        column,
        `kolom ${column} berisi karakter yang tidak terbaca; simpan berkas sebagai CSV UTF-8`,
      );
    } else if (imprecise.has(column)) {
      p.add(
        column,
        `kolom ${column} tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang (terbaca "${value}"); format kolom sebagai Teks lalu isi ulang`,
      );
    }
  }
}

/** NPSN: 8 characters, digits or capital letters (schools.npsn). */
export function checkNpsn(p: RowProblems, value: string): string | undefined {
  const npsn = value.toUpperCase();
  if (npsn === '') return p.add('npsn', 'kolom npsn wajib diisi');
  if (!/^[0-9A-Z]{8}$/.test(npsn)) {
    return p.add(
      'npsn',
      `kolom npsn harus 8 karakter angka atau huruf kapital (ditemukan "${value}")`,
    );
  }
  return npsn;
}

/** A required name of at most 200 characters. */
export function checkText(p: RowProblems, column: string, value: string): void {
  if (value === '') p.add(column, `kolom ${column} wajib diisi`);
  else if (value.length > MAX_TEXT) p.add(column, `kolom ${column} maksimal ${MAX_TEXT} karakter`);
}

/** An optional number of exactly `digits` digits (NIP 18, NUPTK 16). */
export function checkDigits(p: RowProblems, column: string, value: string, digits: number) {
  if (value === '') return undefined;
  if (new RegExp(`^[0-9]{${digits}}$`).test(value)) return value;
  const hint = /e\+/i.test(value)
    ? ' — Excel mengubahnya menjadi notasi ilmiah; format kolom sebagai Teks'
    : '';
  return p.add(column, `kolom ${column} harus ${digits} digit angka (ditemukan "${value}")${hint}`);
}

/** Jenjang of a school: PAUD, SD, SMP, SMA, SMK or SLB. */
export function checkJenjang(p: RowProblems, value: string): string | undefined {
  const jenjang = value.toUpperCase();
  if ((JENJANG as readonly string[]).includes(jenjang)) return jenjang;
  return p.add('jenjang', notAllowed('jenjang', value, `pilih salah satu: ${JENJANG.join(', ')}`));
}

/** Status of a school: negeri or swasta. */
export function checkSchoolStatus(p: RowProblems, value: string): 'negeri' | 'swasta' | undefined {
  const status = value.toLowerCase();
  if (status === 'negeri' || status === 'swasta') return status;
  return p.add('status', notAllowed('status', value, 'isi negeri atau swasta'));
}

/** Kemendagri region codes: province 2 digits, kabupaten/kota 4 digits starting with the province's. */
export function checkRegionCodes(p: RowProblems, province: string, regency: string): void {
  const provinceOk = /^[0-9]{2}$/.test(province);
  if (!provinceOk)
    p.add('kode_provinsi', `kolom kode_provinsi harus 2 digit angka (ditemukan "${province}")`);
  if (!/^[0-9]{4}$/.test(regency)) {
    p.add('kode_kabupaten', `kolom kode_kabupaten harus 4 digit angka (ditemukan "${regency}")`);
  } else if (provinceOk && !regency.startsWith(province)) {
    p.add(
      'kode_kabupaten',
      `kolom kode_kabupaten "${regency}" harus diawali kode_provinsi "${province}"`,
    );
  }
}
