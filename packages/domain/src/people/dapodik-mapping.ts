import { ELIGIBLE_JENIS_PTK, PRINCIPAL_JENIS_PTK, TEACHING_JENIS_PTK } from './jenis-ptk';

/** The three kinds of employee Pengelolaan Kinerja tells apart — domain.md §1.1, §3.2. */
export type AsnKind = 'pns' | 'pppk' | 'non_asn';

/** How a person reads an ASN kind. */
export const ASN_KIND_LABELS: { readonly [K in AsnKind]: string } = {
  pns: 'PNS',
  pppk: 'PPPK',
  non_asn: 'Non-ASN',
};

/** One Dapodik "Status Kepegawaian" value and what it means here. */
export type DapodikStatus = {
  /** As Dapodik writes it. */
  readonly value: string;
  /** Other spellings seen in exports and in our own format. */
  readonly aliases: readonly string[];
  readonly asnKind: AsnKind;
  /** Why, in a sentence an operator reads on the import page. */
  readonly meaning: string;
};

/**
 * Dapodik's Status Kepegawaian → ASN kind (issue 14 item 7). PNS and PPPK are ASN with a NIP / NI
 * PPPK (domain.md §1.1); every yayasan, contract and honorer status is non-ASN, whose data cannot be
 * edited and whose use of the feature is recommended only (§1.1, §1.4). CPNS already hold a NIP and
 * are counted as PNS [I]; a PNS of Kemenag (PNS Depag) is a PNS, whether they may open the feature
 * depends on their Jenis PTK (§1.4, §7 item 11).
 */
export const DAPODIK_STATUS_KEPEGAWAIAN: readonly DapodikStatus[] = [
  { value: 'PNS', aliases: [], asnKind: 'pns', meaning: 'Pegawai Negeri Sipil; NIP wajib.' },
  {
    value: 'PNS Diperbantukan',
    aliases: [],
    asnKind: 'pns',
    meaning: 'PNS yang diperbantukan di sekolah (mis. sekolah swasta); NIP wajib.',
  },
  {
    value: 'PNS Depag',
    aliases: ['PNS Kemenag'],
    asnKind: 'pns',
    meaning: 'PNS Kementerian Agama; NIP wajib.',
  },
  {
    value: 'CPNS',
    aliases: [],
    asnKind: 'pns',
    meaning: 'Calon PNS; sudah ber-NIP, diperlakukan sebagai PNS.',
  },
  {
    value: 'PPPK',
    aliases: ['P3K'],
    asnKind: 'pppk',
    meaning: 'Pegawai Pemerintah dengan Perjanjian Kerja; NI PPPK boleh kosong.',
  },
  {
    value: 'GTY/PTY',
    aliases: [],
    asnKind: 'non_asn',
    meaning: 'Guru/Pegawai Tetap Yayasan; bukan ASN, NIP dikosongkan.',
  },
  {
    value: 'GTT/PTT Provinsi',
    aliases: [],
    asnKind: 'non_asn',
    meaning: 'Guru/Pegawai Tidak Tetap pemerintah provinsi; bukan ASN.',
  },
  {
    value: 'GTT/PTT Kab/Kota',
    aliases: ['GTT/PTT Kabupaten/Kota'],
    asnKind: 'non_asn',
    meaning: 'Guru/Pegawai Tidak Tetap pemerintah kabupaten/kota; bukan ASN.',
  },
  {
    value: 'Guru Honor Sekolah',
    aliases: [],
    asnKind: 'non_asn',
    meaning: 'Guru honorer yang diangkat sekolah; bukan ASN.',
  },
  {
    value: 'Honor Daerah TK.I Provinsi',
    aliases: ['Honor Daerah Tingkat I Provinsi'],
    asnKind: 'non_asn',
    meaning: 'Honorer pemerintah provinsi; bukan ASN.',
  },
  {
    value: 'Honor Daerah TK.II Kab/Kota',
    aliases: ['Honor Daerah Tingkat II Kab/Kota', 'Honor Daerah TK.II Kabupaten/Kota'],
    asnKind: 'non_asn',
    meaning: 'Honorer pemerintah kabupaten/kota; bukan ASN.',
  },
  {
    value: 'Tenaga Honor Sekolah',
    aliases: [],
    asnKind: 'non_asn',
    meaning: 'Tenaga honorer yang diangkat sekolah; bukan ASN.',
  },
  {
    value: 'NON ASN',
    aliases: ['NON-ASN', 'Non ASN'],
    asnKind: 'non_asn',
    meaning: 'Isian ringkas format Kinerja untuk semua status bukan ASN.',
  },
];

/** Compares Dapodik texts the way operators type them: letter case, spaces, dots and hyphens aside. */
export function dapodikKey(value: string): string {
  return value.toUpperCase().replace(/[\s._-]+/g, '');
}

const STATUS_BY_KEY = new Map(
  DAPODIK_STATUS_KEPEGAWAIAN.flatMap((status) =>
    [status.value, ...status.aliases].map((text) => [dapodikKey(text), status] as const),
  ),
);

/** The Dapodik status of a cell (any spelling listed), or undefined when it is not one. */
export function findDapodikStatus(value: string): DapodikStatus | undefined {
  return STATUS_BY_KEY.get(dapodikKey(value));
}

/** What a Dapodik "Jenis PTK" means for Pengelolaan Kinerja. */
export type JenisPtkRole = 'teacher' | 'principal' | 'not_in_scope';

/** One Jenis PTK and its role here. */
export type DapodikJenisPtk = { readonly value: string; readonly role: JenisPtkRole };

/**
 * Tenaga kependidikan listed in Dapodik's PTK data who have no Pengelolaan Kinerja as guru or
 * kepala sekolah (domain.md §1.4): an export's rows of these are passed over, not refused.
 */
export const NOT_IN_SCOPE_JENIS_PTK = [
  'Tenaga Administrasi Sekolah',
  'Tenaga Perpustakaan',
  'Laboran',
  'Tenaga Laboratorium',
  'Penjaga Sekolah',
  'Tukang Kebun',
  'Petugas Keamanan',
  'Pengemudi',
  'Pesuruh/Office Boy',
  'Tenaga Kebersihan',
  'Pengawas',
] as const;

/** Every Jenis PTK the importer knows, with its role — domain.md §1.4. */
export const DAPODIK_JENIS_PTK: readonly DapodikJenisPtk[] = [
  ...TEACHING_JENIS_PTK.map((value) => ({ value, role: 'teacher' as const })),
  { value: PRINCIPAL_JENIS_PTK, role: 'principal' },
  ...NOT_IN_SCOPE_JENIS_PTK.map((value) => ({ value, role: 'not_in_scope' as const })),
];

/** The Jenis PTK of a cell in its official spelling, or undefined when unknown. */
export function findDapodikJenisPtk(value: string): DapodikJenisPtk | undefined {
  const key = dapodikKey(value);
  return DAPODIK_JENIS_PTK.find((item) => dapodikKey(item.value) === key);
}

/** Whether a Jenis PTK opens Pengelolaan Kinerja (the eligible list of §1.4). */
export const isEligibleDapodikJenisPtk = (value: string): boolean =>
  ELIGIBLE_JENIS_PTK.some((item) => dapodikKey(item) === dapodikKey(value));

/**
 * Dapodik's "Tugas Tambahan" names the school head: "Kepala Sekolah" makes a definitive head, a
 * "Plt." (pelaksana tugas) Kepala Sekolah an acting one (domain.md §1.1, §1.2); a Kepala Sekolah
 * by Jenis PTK without it is the definitive head. Other duties say nothing about the head.
 */
export function principalKindOfDapodik(
  tugasTambahan: string,
  jenisPtk: string,
): 'definitif' | 'plt' | '' {
  const duty = dapodikKey(tugasTambahan);
  if (/^(PLT|PELAKSANATUGAS)\/?KEPALASEKOLAH$/.test(duty)) return 'plt';
  if (duty === 'KEPALASEKOLAH') return 'definitif';
  return dapodikKey(jenisPtk) === dapodikKey(PRINCIPAL_JENIS_PTK) ? 'definitif' : '';
}

/** "Drs." + "Bambang Sutrisno" + "M.Pd." → "Drs. Bambang Sutrisno, M.Pd." (name as on documents). */
export function nameWithGelar(gelarDepan: string, nama: string, gelarBelakang: string): string {
  const front = [gelarDepan.trim(), nama.trim()].filter(Boolean).join(' ');
  const back = gelarBelakang.trim();
  return back && front ? `${front}, ${back}` : front;
}

/** Dapodik's "Bentuk Pendidikan" → the school level used here (schools.jenjang). */
export const DAPODIK_BENTUK_PENDIDIKAN: ReadonlyArray<{
  readonly value: string;
  readonly jenjang: 'PAUD' | 'SD' | 'SMP' | 'SMA' | 'SMK' | 'SLB';
}> = [
  { value: 'TK', jenjang: 'PAUD' },
  { value: 'KB', jenjang: 'PAUD' },
  { value: 'TPA', jenjang: 'PAUD' },
  { value: 'SPS', jenjang: 'PAUD' },
  { value: 'PAUD', jenjang: 'PAUD' },
  { value: 'SD', jenjang: 'SD' },
  { value: 'SMP', jenjang: 'SMP' },
  { value: 'SMA', jenjang: 'SMA' },
  { value: 'SMK', jenjang: 'SMK' },
  { value: 'SLB', jenjang: 'SLB' },
  { value: 'SDLB', jenjang: 'SLB' },
  { value: 'SMPLB', jenjang: 'SLB' },
  { value: 'SMLB', jenjang: 'SLB' },
  { value: 'SMALB', jenjang: 'SLB' },
];

/** The school level of a Bentuk Pendidikan, or undefined when unknown. */
export function jenjangOfBentukPendidikan(value: string) {
  const key = dapodikKey(value);
  return DAPODIK_BENTUK_PENDIDIKAN.find((item) => item.value === key)?.jenjang;
}

/** One column heading of a Dapodik export and the column of the Kinerja format it fills. */
export type DapodikHeading = {
  readonly heading: string;
  /** The Kinerja column, or null when the heading is read but not kept. */
  readonly column: string | null;
  readonly use: string;
};

/** Headings of Dapodik's PTK export and what each becomes (docs/ROSTER-IMPORT.md). */
export const DAPODIK_PTK_HEADINGS: readonly DapodikHeading[] = [
  {
    heading: 'NPSN',
    column: 'npsn',
    use: 'Sekolah induk; boleh tidak ada bila Operator Sekolah mengimpor data sekolahnya sendiri.',
  },
  {
    heading: 'Nama',
    column: 'nama',
    use: 'Nama lengkap; digabung dengan Gelar Depan dan Gelar Belakang.',
  },
  { heading: 'Gelar Depan', column: 'nama', use: 'Ditulis di depan nama (mis. Drs.).' },
  {
    heading: 'Gelar Belakang',
    column: 'nama',
    use: 'Ditulis di belakang nama setelah koma (mis. S.Pd.).',
  },
  { heading: 'NUPTK', column: 'nuptk', use: '16 digit; boleh kosong bila NIP diisi.' },
  { heading: 'NIP', column: 'nip', use: 'NIP (PNS, CPNS) atau NI PPPK; kosong untuk non-ASN.' },
  {
    heading: 'Status Kepegawaian',
    column: 'status_kepegawaian',
    use: 'Dipetakan ke PNS, PPPK atau non-ASN (tabel di bawah).',
  },
  {
    heading: 'Jenis PTK',
    column: 'jenis_ptk',
    use: 'Guru dan Kepala Sekolah diimpor; tenaga kependidikan lain dilewati.',
  },
  {
    heading: 'Tugas Tambahan',
    column: 'kepala_sekolah',
    use: 'Kepala Sekolah → kepala sekolah definitif; Plt. Kepala Sekolah → pelaksana tugas.',
  },
  {
    heading: 'Pangkat/Golongan',
    column: 'pangkat_golongan',
    use: 'Golongan/ruang PNS (mis. III/a); diabaikan untuk PPPK dan non-ASN.',
  },
  { heading: 'Email', column: 'email', use: 'Akun belajar.id; boleh kosong.' },
  { heading: 'JK', column: null, use: 'Tidak dipakai.' },
  { heading: 'Tempat Lahir', column: null, use: 'Tidak dipakai.' },
  { heading: 'Tanggal Lahir', column: null, use: 'Tidak dipakai.' },
  { heading: 'Jenjang', column: null, use: 'Jenjang pendidikan terakhir; tidak dipakai.' },
  { heading: 'Pendidikan', column: null, use: 'Tidak dipakai.' },
];

/** Headings of Dapodik's school export and what each becomes. */
export const DAPODIK_SCHOOL_HEADINGS: readonly DapodikHeading[] = [
  { heading: 'NPSN', column: 'npsn', use: '8 karakter.' },
  { heading: 'Nama Sekolah', column: 'nama_sekolah', use: 'Nama satuan pendidikan.' },
  {
    heading: 'Bentuk Pendidikan',
    column: 'jenjang',
    use: 'TK/KB/TPA/SPS → PAUD; SDLB/SMPLB/SMALB → SLB; SD, SMP, SMA, SMK tetap.',
  },
  { heading: 'Status', column: 'status', use: 'Negeri atau Swasta.' },
  { heading: 'Kode Provinsi', column: 'kode_provinsi', use: 'Kode wilayah Kemendagri, 2 digit.' },
  { heading: 'Provinsi', column: 'nama_provinsi', use: 'Nama provinsi.' },
  {
    heading: 'Kode Kabupaten/Kota',
    column: 'kode_kabupaten',
    use: 'Kode wilayah Kemendagri, 4 digit.',
  },
  { heading: 'Kabupaten/Kota', column: 'nama_kabupaten', use: 'Nama kabupaten/kota.' },
];
