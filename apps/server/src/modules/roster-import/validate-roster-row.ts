import type { RosterImportError } from '@kinerja/contract';
import {
  checkEmail,
  checkEmployment,
  checkGolongan,
  checkJenisPtk,
  checkJenjangJabatan,
  checkPrincipal,
  type EmploymentStatus,
} from './ptk-field-checks.js';
import type { PtkColumn, RosterRecord, SchoolColumn } from './roster-columns.js';
import {
  checkCells,
  checkDigits,
  checkJenjang,
  checkNpsn,
  checkRegionCodes,
  checkSchoolStatus,
  checkText,
  RowProblems,
} from './row-field-checks.js';

/** A valid schools-file row, normalised for the database. */
export type SchoolRow = {
  npsn: string;
  name: string;
  jenjang: string;
  status: 'negeri' | 'swasta';
  provinceCode: string;
  provinceName: string;
  regencyCode: string;
  regencyName: string;
};

/** A valid PTK-file row, normalised for the database. */
export type PtkRow = {
  npsn: string;
  name: string;
  nip: string | null;
  nuptk: string | null;
  email: string | null;
  employmentStatus: EmploymentStatus;
  golonganRuang: string | null;
  jenjangJabatan: string | null;
  jenisPtk: string;
  principalKind: 'definitive' | 'acting' | null;
};

/** Outcome for one row: the normalised row when it is valid, its errors, and every key that was valid. */
export type RowCheck<T> = {
  row: T | null;
  errors: RosterImportError[];
  keys: { npsn?: string; nip?: string; nuptk?: string; email?: string };
};

const NONE: ReadonlySet<string> = new Set();

/** Pure checks of one schools-file row (`line` = its line in the file). */
export function validateSchoolRow(
  record: RosterRecord<SchoolColumn>,
  line: number,
  imprecise: ReadonlySet<string> = NONE,
): RowCheck<SchoolRow> {
  const p = new RowProblems(line);
  checkCells(p, record, imprecise);
  const npsn = checkNpsn(p, record.npsn);
  checkText(p, 'nama_sekolah', record.nama_sekolah);
  const jenjang = checkJenjang(p, record.jenjang);
  const status = checkSchoolStatus(p, record.status);
  checkRegionCodes(p, record.kode_provinsi, record.kode_kabupaten);
  checkText(p, 'nama_provinsi', record.nama_provinsi);
  checkText(p, 'nama_kabupaten', record.nama_kabupaten);
  const keys = npsn ? { npsn } : {};
  if (p.errors.length > 0 || !npsn || !jenjang || !status)
    return { row: null, errors: p.errors, keys };
  const row: SchoolRow = {
    npsn,
    name: record.nama_sekolah,
    jenjang,
    status,
    provinceCode: record.kode_provinsi,
    provinceName: record.nama_provinsi,
    regencyCode: record.kode_kabupaten,
    regencyName: record.nama_kabupaten,
  };
  return { row, errors: p.errors, keys };
}

/** Pure checks of one PTK-file row (`line` = its line in the file). */
export function validatePtkRow(
  record: RosterRecord<PtkColumn>,
  line: number,
  imprecise: ReadonlySet<string> = NONE,
): RowCheck<PtkRow> {
  const p = new RowProblems(line);
  checkCells(p, record, imprecise);
  const npsn = checkNpsn(p, record.npsn);
  checkText(p, 'nama', record.nama);
  const nip = imprecise.has('nip') ? undefined : checkDigits(p, 'nip', record.nip, 18);
  const nuptk = imprecise.has('nuptk') ? undefined : checkDigits(p, 'nuptk', record.nuptk, 16);
  if (record.nip === '' && record.nuptk === '')
    p.add('nip', 'isi kolom nip atau nuptk (minimal salah satu)');
  const email = checkEmail(p, record.email);
  const status = checkEmployment(p, record.status_kepegawaian, record.nip);
  const golonganRuang = checkGolongan(p, record.pangkat_golongan, status);
  const jenjangJabatan = checkJenjangJabatan(p, record.jenjang_jabatan, status);
  const jenisPtk = checkJenisPtk(p, record.jenis_ptk);
  const principalKind = checkPrincipal(p, record.kepala_sekolah, jenisPtk);
  const keys = {
    ...(npsn && { npsn }),
    ...(nip && { nip }),
    ...(nuptk && { nuptk }),
    ...(email && { email }),
  };
  if (p.errors.length > 0 || !npsn || !status || !jenisPtk || principalKind === undefined) {
    return { row: null, errors: p.errors, keys };
  }
  const row: PtkRow = {
    npsn,
    name: record.nama,
    nip: nip ?? null,
    nuptk: nuptk ?? null,
    email: email ?? null,
    employmentStatus: status,
    golonganRuang: golonganRuang ?? null,
    jenjangJabatan: jenjangJabatan ?? null,
    jenisPtk,
    principalKind,
  };
  return { row, errors: p.errors, keys };
}
