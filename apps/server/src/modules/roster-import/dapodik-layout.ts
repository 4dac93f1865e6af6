import type { RosterImportError, RosterImportKind } from '@kinerja/contract';
import {
  findDapodikJenisPtk,
  findDapodikStatus,
  jenjangOfBentukPendidikan,
  nameWithGelar,
  principalKindOfDapodik,
} from '@kinerja/domain';
import { RosterFileError } from './roster-file-error.js';

// Dapodik's own exports (issue 14 item 7): their column headings, read into the columns of the
// Kinerja format through the domain's documented mapping (packages/domain/src/people/dapodik-mapping.ts).

/** Where the Dapodik headings of one file sit, by the Kinerja column or helper they feed. */
export type DapodikColumns = {
  /** Kinerja column or helper name → cell index; the heading text as the file writes it. */
  index: Map<string, number>;
  heading: Map<string, string>;
  /** The NPSN of the operator's own school, for a PTK export without an NPSN column. */
  defaultNpsn: string | undefined;
};

// Normalised headings (see normalizeHeader) → the Kinerja column or helper they feed.
const PTK_ALIASES: Record<string, string> = {
  npsn: 'npsn',
  nama: 'nama',
  nuptk: 'nuptk',
  nip: 'nip',
  email: 'email',
  status_kepegawaian: 'status_kepegawaian',
  jenis_ptk: 'jenis_ptk',
  'pangkat/golongan': 'pangkat_golongan',
  pangkat_golongan: 'pangkat_golongan',
  golongan: 'pangkat_golongan',
  jenjang_jabatan: 'jenjang_jabatan',
  tugas_tambahan: 'tugas_tambahan',
  gelar_depan: 'gelar_depan',
  gelar_belakang: 'gelar_belakang',
};

const SCHOOL_ALIASES: Record<string, string> = {
  npsn: 'npsn',
  nama_sekolah: 'nama_sekolah',
  bentuk_pendidikan: 'bentuk_pendidikan',
  status: 'status',
  status_sekolah: 'status',
  kode_provinsi: 'kode_provinsi',
  provinsi: 'nama_provinsi',
  propinsi: 'nama_provinsi',
  'kode_kabupaten/kota': 'kode_kabupaten',
  kode_kabupaten: 'kode_kabupaten',
  'kabupaten/kota': 'nama_kabupaten',
  'kab/kota': 'nama_kabupaten',
};

/** Headings a Dapodik file must carry (NPSN of a PTK export may come from the operator's school). */
const REQUIRED: Record<RosterImportKind, readonly string[]> = {
  ptk: ['npsn', 'nama', 'nuptk', 'nip', 'status_kepegawaian', 'jenis_ptk'],
  schools: [
    'npsn',
    'nama_sekolah',
    'bentuk_pendidikan',
    'status',
    'kode_provinsi',
    'nama_provinsi',
    'kode_kabupaten',
    'nama_kabupaten',
  ],
};

/** How the page and the messages name each Kinerja column of a Dapodik file. */
const DAPODIK_NAMES: Record<string, string> = {
  npsn: 'NPSN',
  nama: 'Nama',
  nuptk: 'NUPTK',
  nip: 'NIP',
  email: 'Email',
  status_kepegawaian: 'Status Kepegawaian',
  jenis_ptk: 'Jenis PTK',
  pangkat_golongan: 'Pangkat/Golongan',
  kepala_sekolah: 'Tugas Tambahan',
  nama_sekolah: 'Nama Sekolah',
  jenjang: 'Bentuk Pendidikan',
  status: 'Status',
  kode_provinsi: 'Kode Provinsi',
  nama_provinsi: 'Provinsi',
  kode_kabupaten: 'Kode Kabupaten/Kota',
  nama_kabupaten: 'Kabupaten/Kota',
};

// Headings only Dapodik's exports carry; the Kinerja format has none of them.
const PTK_SIGNATURE = [
  'jk',
  'tempat_lahir',
  'tanggal_lahir',
  'gelar_depan',
  'gelar_belakang',
  'tugas_tambahan',
  'pangkat/golongan',
];
const SCHOOL_SIGNATURE = ['bentuk_pendidikan'];

/** Whether a header row that is not a complete Kinerja header reads as a Dapodik export. */
export function isDapodikHeader(
  kind: RosterImportKind,
  names: readonly string[],
  isCompleteKinerjaHeader: boolean,
): boolean {
  if (isCompleteKinerjaHeader) return false;
  return (kind === 'ptk' ? PTK_SIGNATURE : SCHOOL_SIGNATURE).some((name) => names.includes(name));
}

/** Locates the Dapodik headings; a missing one is a line-1 error naming it as Dapodik does. */
export function dapodikColumns(
  kind: RosterImportKind,
  names: readonly string[],
  cells: readonly string[],
  options: { defaultNpsn?: string | undefined; line: number },
): DapodikColumns {
  const { defaultNpsn, line } = options;
  const aliases = kind === 'ptk' ? PTK_ALIASES : SCHOOL_ALIASES;
  const index = new Map<string, number>();
  const heading = new Map<string, string>();
  names.forEach((name, i) => {
    const column = aliases[name];
    if (column && !index.has(column)) {
      index.set(column, i);
      heading.set(column, (cells[i] ?? '').trim());
    }
  });
  const missing = REQUIRED[kind].filter(
    (column) => !index.has(column) && !(kind === 'ptk' && column === 'npsn' && defaultNpsn),
  );
  if (missing.length > 0) {
    const label = (column: string) =>
      DAPODIK_NAMES[column === 'bentuk_pendidikan' ? 'jenjang' : column] ?? column;
    const npsnHint =
      kind === 'ptk' && missing.includes('npsn')
        ? ' Kolom NPSN boleh tidak ada hanya bila Operator Sekolah mengimpor data sekolahnya sendiri.'
        : '';
    throw new RosterFileError(
      `Baris ${line}: kolom ${missing.map(label).join(', ')} tidak ada pada judul kolom berkas Dapodik.${npsnHint}`,
      { line, field: missing[0] ?? null },
    );
  }
  return { index, heading, defaultNpsn };
}

/**
 * One Dapodik row as a row of the Kinerja format, or null for a tenaga kependidikan whose Jenis PTK
 * has no Pengelolaan Kinerja (passed over, domain.md §1.4). Values follow the domain mapping.
 */
export function dapodikRecord(
  kind: RosterImportKind,
  columns: DapodikColumns,
  cells: readonly string[],
): Record<string, string> | null {
  const cell = (column: string) => {
    const i = columns.index.get(column);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  if (kind === 'schools') {
    const bentuk = cell('bentuk_pendidikan');
    return {
      npsn: cell('npsn'),
      nama_sekolah: cell('nama_sekolah'),
      jenjang: jenjangOfBentukPendidikan(bentuk) ?? bentuk,
      status: cell('status'),
      kode_provinsi: cell('kode_provinsi'),
      nama_provinsi: cell('nama_provinsi'),
      kode_kabupaten: cell('kode_kabupaten'),
      nama_kabupaten: cell('nama_kabupaten'),
    };
  }
  const jenisPtk = cell('jenis_ptk');
  if (findDapodikJenisPtk(jenisPtk)?.role === 'not_in_scope') return null;
  const status = cell('status_kepegawaian');
  const isPns = findDapodikStatus(status)?.asnKind === 'pns';
  return {
    npsn: columns.index.has('npsn') ? cell('npsn') : (columns.defaultNpsn ?? ''),
    nama: nameWithGelar(cell('gelar_depan'), cell('nama'), cell('gelar_belakang')),
    nip: cell('nip'),
    nuptk: cell('nuptk'),
    email: cell('email'),
    status_kepegawaian: status,
    // A PPPK's golongan (e.g. "IX") and a non-ASN's entry have no place here — domain.md §4.6.
    pangkat_golongan: isPns ? cell('pangkat_golongan') : '',
    jenjang_jabatan: cell('jenjang_jabatan'),
    jenis_ptk: jenisPtk,
    kepala_sekolah: principalKindOfDapodik(cell('tugas_tambahan'), jenisPtk),
  };
}

/** The messages of a Dapodik file name its columns as its heading row does ("kolom Jenis PTK"). */
export function withDapodikNames(
  columns: DapodikColumns,
  errors: readonly RosterImportError[],
): RosterImportError[] {
  const nameOf = (column: string) => {
    const source = column === 'jenjang' ? 'bentuk_pendidikan' : column;
    return columns.heading.get(source) || DAPODIK_NAMES[column];
  };
  return errors.map((error) => ({
    ...error,
    field: error.field ? (nameOf(error.field) ?? error.field) : null,
    message: error.message.replace(/kolom ([a-z_]+)/g, (text, column: string) => {
      const name = nameOf(column);
      return name ? `kolom ${name}` : text;
    }),
  }));
}
