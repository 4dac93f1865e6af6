import type { RosterImportError } from '@kinerja/contract';
import type { PtkColumn, RosterRecord, SchoolColumn } from './roster-columns.js';
import { rowError } from './roster-file-error.js';

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
  employmentStatus: 'pns' | 'pppk' | 'non_asn';
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

/** School levels the schema allows (schools.jenjang). */
export const JENJANG = ['PAUD', 'SD', 'SMP', 'SMA', 'SMK', 'SLB'] as const;

/** Dapodik Jenis PTK eligible for Pengelolaan Kinerja — domain.md §1.4 (stored in this spelling). */
export const JENIS_PTK = [
  'Guru Mapel',
  'Guru Kelas',
  'Guru BK',
  'Guru Pengganti',
  'Guru TIK',
  'Guru Pendamping',
  'Guru Pendamping Khusus',
  'Guru Pembimbing Khusus',
  'Play Group Teacher',
  'Kindergarten Teacher',
  'Kepala Sekolah',
] as const;

const PRINCIPAL_PTK = 'Kepala Sekolah';
const MAX_NAME = 200;
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
// PNS golongan/ruang of teachers: III/a–IV/e, II/a–II/d for legacy non-S1 teachers — domain.md §4.6.
const GOLONGAN = /(?:^|[\s,])(II|III|IV)\s*[/-]\s*([a-e])$/i;
const GOLONGAN_RUANG = new Set([
  ...['a', 'b', 'c', 'd'].flatMap((r) => [`II/${r}`, `III/${r}`]),
  ...['a', 'b', 'c', 'd', 'e'].map((r) => `IV/${r}`),
]);
const STATUS: Record<string, PtkRow['employmentStatus']> = {
  PNS: 'pns',
  PPPK: 'pppk',
  P3K: 'pppk',
  NONASN: 'non_asn',
};
const STATUS_LABEL = { pns: 'PNS', pppk: 'PPPK', non_asn: 'NON ASN' } as const;
const JENJANG_JABATAN = ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'];
const PRINCIPAL_KIND: Record<string, PtkRow['principalKind']> = {
  '': null,
  definitif: 'definitive',
  plt: 'acting',
};

/** Checks shared by both kinds: text Excel garbled or numbers Excel rounded. */
function commonErrors(
  record: Record<string, string>,
  line: number,
  imprecise: ReadonlySet<string>,
): RosterImportError[] {
  const errors: RosterImportError[] = [];
  for (const [column, value] of Object.entries(record)) {
    if (value.includes('\uFFFD')) {
      errors.push(rowError(line, column, `kolom ${column} berisi karakter yang tidak terbaca; simpan berkas sebagai CSV UTF-8`));
    } else if (imprecise.has(column)) {
      errors.push(
        rowError(line, column, `kolom ${column} tersimpan sebagai angka di Excel sehingga digit terakhirnya hilang (terbaca "${value}"); format kolom sebagai Teks lalu isi ulang`),
      );
    }
  }
  return errors;
}

function checkNpsn(value: string, line: number, errors: RosterImportError[]): string | undefined {
  const npsn = value.toUpperCase();
  if (npsn === '') errors.push(rowError(line, 'npsn', 'kolom npsn wajib diisi'));
  else if (!/^[0-9A-Z]{8}$/.test(npsn)) {
    errors.push(rowError(line, 'npsn', `kolom npsn harus 8 karakter angka atau huruf kapital (ditemukan "${value}")`));
  } else return npsn;
  return undefined;
}

function checkRequiredText(column: string, value: string, line: number, errors: RosterImportError[]) {
  if (value === '') errors.push(rowError(line, column, `kolom ${column} wajib diisi`));
  else if (value.length > MAX_NAME) {
    errors.push(rowError(line, column, `kolom ${column} maksimal ${MAX_NAME} karakter`));
  }
}

function checkDigits(column: string, value: string, digits: number, line: number, errors: RosterImportError[]) {
  if (value === '' || new RegExp(`^[0-9]{${digits}}$`).test(value)) return value || undefined;
  const hint = /e\+/i.test(value) ? ' — Excel mengubahnya menjadi notasi ilmiah; format kolom sebagai Teks' : '';
  errors.push(rowError(line, column, `kolom ${column} harus ${digits} digit angka (ditemukan "${value}")${hint}`));
  return undefined;
}

/** Pure checks of one schools-file row (line = its line in the file). */
export function validateSchoolRow(
  record: RosterRecord<SchoolColumn>,
  line: number,
  imprecise: ReadonlySet<string> = new Set(),
): RowCheck<SchoolRow> {
  const errors = commonErrors(record, line, imprecise);
  const npsn = checkNpsn(record.npsn, line, errors);
  checkRequiredText('nama_sekolah', record.nama_sekolah, line, errors);
  const jenjang = record.jenjang.toUpperCase();
  if (!(JENJANG as readonly string[]).includes(jenjang)) {
    const found = record.jenjang === '' ? 'kosong' : `"${record.jenjang}"`;
    errors.push(rowError(line, 'jenjang', `kolom jenjang ${found} tidak dikenal; pilih salah satu: ${JENJANG.join(', ')}`));
  }
  const status = record.status.toLowerCase();
  if (status !== 'negeri' && status !== 'swasta') {
    errors.push(rowError(line, 'status', `kolom status "${record.status}" tidak dikenal; isi negeri atau swasta`));
  }
  const province = record.kode_provinsi;
  const regency = record.kode_kabupaten;
  if (!/^[0-9]{2}$/.test(province)) {
    errors.push(rowError(line, 'kode_provinsi', `kolom kode_provinsi harus 2 digit angka (ditemukan "${province}")`));
  }
  if (!/^[0-9]{4}$/.test(regency)) {
    errors.push(rowError(line, 'kode_kabupaten', `kolom kode_kabupaten harus 4 digit angka (ditemukan "${regency}")`));
  } else if (/^[0-9]{2}$/.test(province) && !regency.startsWith(province)) {
    errors.push(rowError(line, 'kode_kabupaten', `kolom kode_kabupaten "${regency}" harus diawali kode_provinsi "${province}"`));
  }
  checkRequiredText('nama_provinsi', record.nama_provinsi, line, errors);
  checkRequiredText('nama_kabupaten', record.nama_kabupaten, line, errors);
  const keys = npsn ? { npsn } : {};
  if (errors.length > 0 || !npsn) return { row: null, errors, keys };
  const row: SchoolRow = {
    npsn,
    name: record.nama_sekolah,
    jenjang,
    status: status as SchoolRow['status'],
    provinceCode: province,
    provinceName: record.nama_provinsi,
    regencyCode: regency,
    regencyName: record.nama_kabupaten,
  };
  return { row, errors, keys };
}

/** Pure checks of one PTK-file row (line = its line in the file). */
export function validatePtkRow(
  record: RosterRecord<PtkColumn>,
  line: number,
  imprecise: ReadonlySet<string> = new Set(),
): RowCheck<PtkRow> {
  const errors = commonErrors(record, line, imprecise);
  const npsn = checkNpsn(record.npsn, line, errors);
  checkRequiredText('nama', record.nama, line, errors);
  const nip = imprecise.has('nip') ? undefined : checkDigits('nip', record.nip, 18, line, errors);
  const nuptk = imprecise.has('nuptk') ? undefined : checkDigits('nuptk', record.nuptk, 16, line, errors);
  if (record.nip === '' && record.nuptk === '') {
    errors.push(rowError(line, 'nip', 'isi kolom nip atau nuptk (minimal salah satu)'));
  }
  const email = checkEmail(record.email, line, errors);
  const status = checkEmployment(record, line, errors);
  const golonganRuang = checkGolongan(record.pangkat_golongan, status, line, errors);
  const jenjangJabatan = checkJenjangJabatan(record.jenjang_jabatan, status, line, errors);
  const jenisPtk = checkJenisPtk(record.jenis_ptk, line, errors);
  const principalKind = checkPrincipal(record.kepala_sekolah, jenisPtk, line, errors);
  const keys = { ...(npsn && { npsn }), ...(nip && { nip }), ...(nuptk && { nuptk }), ...(email && { email }) };
  if (errors.length > 0 || !npsn || !status || !jenisPtk || principalKind === undefined) {
    return { row: null, errors, keys };
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
  return { row, errors, keys };
}

function checkEmail(value: string, line: number, errors: RosterImportError[]): string | undefined {
  const email = value.toLowerCase();
  if (email === '') return undefined;
  if (email.length <= 254 && EMAIL.test(email)) return email;
  errors.push(rowError(line, 'email', `kolom email "${value}" bukan alamat email yang valid (contoh: nama@guru.sd.belajar.id)`));
  return undefined;
}

/**
 * status_kepegawaian PNS / PPPK / NON ASN. The nip column holds the NIP of a PNS (required) or the
 * 18-digit NI PPPK of a PPPK (optional); a non-ASN has neither — domain.md §1.1, §5.6.
 */
function checkEmployment(
  record: RosterRecord<PtkColumn>,
  line: number,
  errors: RosterImportError[],
): PtkRow['employmentStatus'] | undefined {
  const status = STATUS[record.status_kepegawaian.toUpperCase().replace(/[\s_-]+/g, '')];
  if (!status) {
    const found = record.status_kepegawaian === '' ? 'kosong' : `"${record.status_kepegawaian}"`;
    errors.push(rowError(line, 'status_kepegawaian', `kolom status_kepegawaian ${found} tidak dikenal; isi PNS, PPPK, atau NON ASN`));
    return undefined;
  }
  if (status === 'pns' && record.nip === '') {
    errors.push(rowError(line, 'nip', 'kolom nip wajib diisi untuk status_kepegawaian PNS'));
  }
  if (status === 'non_asn' && record.nip !== '') {
    errors.push(rowError(line, 'nip', 'kolom nip hanya untuk PNS (NIP) dan PPPK (NI PPPK); kosongkan untuk NON ASN'));
  }
  return status;
}

/** Pangkat/golongan/ruang exists only for PNS; PPPK and non-ASN leave it blank — domain.md §1.1, §3.2. */
function checkGolongan(
  value: string,
  status: PtkRow['employmentStatus'] | undefined,
  line: number,
  errors: RosterImportError[],
): string | undefined {
  if (value === '') return undefined;
  if (status && status !== 'pns') {
    errors.push(rowError(line, 'pangkat_golongan', `kolom pangkat_golongan hanya untuk PNS; kosongkan untuk ${STATUS_LABEL[status]}`));
    return undefined;
  }
  const match = GOLONGAN.exec(value);
  const golongan = match ? `${match[1]?.toUpperCase()}/${match[2]?.toLowerCase()}` : '';
  if (!GOLONGAN_RUANG.has(golongan)) {
    errors.push(rowError(line, 'pangkat_golongan', `kolom pangkat_golongan "${value}" tidak dikenal; tulis seperti III/a (II/a–II/d, III/a–III/d, IV/a–IV/e)`));
    return undefined;
  }
  return golongan;
}

/** Jenjang jabatan fungsional guru for ASN only — domain.md §4.6, §5.6. */
function checkJenjangJabatan(
  value: string,
  status: PtkRow['employmentStatus'] | undefined,
  line: number,
  errors: RosterImportError[],
): string | undefined {
  if (value === '') return undefined;
  const code = value.toLowerCase().trim().replace(/[\s_-]+/g, '_');
  if (!JENJANG_JABATAN.includes(code)) {
    errors.push(rowError(line, 'jenjang_jabatan', `kolom jenjang_jabatan "${value}" tidak dikenal; isi Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, atau kosongkan`));
    return undefined;
  }
  if (status === 'non_asn') {
    errors.push(rowError(line, 'jenjang_jabatan', 'kolom jenjang_jabatan hanya untuk ASN (PNS/PPPK); kosongkan untuk NON ASN'));
    return undefined;
  }
  return code;
}

function checkJenisPtk(value: string, line: number, errors: RosterImportError[]): string | undefined {
  const wanted = value.toLowerCase().replace(/\s+/g, ' ');
  const jenis = JENIS_PTK.find((j) => j.toLowerCase() === wanted);
  if (jenis) return jenis;
  const found = value === '' ? 'kosong' : `"${value}"`;
  errors.push(rowError(line, 'jenis_ptk', `kolom jenis_ptk ${found} tidak dikenal; pilih salah satu: ${JENIS_PTK.join(', ')}`));
  return undefined;
}

/**
 * kepala_sekolah: definitif (Jenis PTK Kepala Sekolah) or plt (an acting head, usually a teacher);
 * a Kepala Sekolah row must say which — domain.md §1.1, §1.2.
 */
function checkPrincipal(
  value: string,
  jenisPtk: string | undefined,
  line: number,
  errors: RosterImportError[],
): PtkRow['principalKind'] | undefined {
  const kind = PRINCIPAL_KIND[value.toLowerCase()];
  if (kind === undefined) {
    errors.push(rowError(line, 'kepala_sekolah', `kolom kepala_sekolah "${value}" tidak dikenal; isi definitif, plt, atau kosongkan`));
    return undefined;
  }
  if (kind === 'definitive' && jenisPtk && jenisPtk !== PRINCIPAL_PTK) {
    errors.push(rowError(line, 'kepala_sekolah', `kolom kepala_sekolah definitif hanya untuk jenis_ptk Kepala Sekolah (ditemukan "${jenisPtk}"); isi plt untuk guru yang menjabat pelaksana tugas`));
    return undefined;
  }
  if (kind === null && jenisPtk === PRINCIPAL_PTK) {
    errors.push(rowError(line, 'kepala_sekolah', 'jenis_ptk Kepala Sekolah: isi kolom kepala_sekolah dengan definitif atau plt'));
    return undefined;
  }
  return kind;
}
