/** Password of every demo account (printed at start and listed in the README). */
export const DEMO_PASSWORD = 'kinerja-demo-2026';

type DemoPerson = {
  key: string;
  name: string;
  email: string;
  employmentStatus: 'pns' | 'pppk' | 'non_asn';
  nip?: string;
  nuptk?: string;
  golonganRuang?: string;
  jenjangJabatan?: 'ahli_pertama' | 'ahli_muda' | 'ahli_madya' | 'ahli_utama';
  jenisPtk?: string;
  school?: 'A' | 'B' | 'C';
  role: string;
};

/** One demo region: Kabupaten Bandung, Jawa Barat (issue #2 §7). */
export const demoRegion = {
  province: { code: '32', name: 'Jawa Barat' },
  regency: { code: '3204', name: 'Kabupaten Bandung' },
  dinas: {
    provinsi: { name: 'Dinas Pendidikan Provinsi Jawa Barat', level: 'provinsi' as const },
    kabupaten: { name: 'Dinas Pendidikan Kabupaten Bandung', level: 'kabupaten_kota' as const },
  },
  schools: {
    A: {
      npsn: '20200001',
      name: 'SMA Negeri 1 Contoh Bandung',
      jenjang: 'SMA',
      dinas: 'provinsi' as const,
    },
    B: { npsn: '20200002', name: 'SD Negeri Contoh 2', jenjang: 'SD', dinas: 'kabupaten' as const },
    C: {
      npsn: '20200003',
      name: 'SMP Negeri Contoh 3',
      jenjang: 'SMP',
      dinas: 'kabupaten' as const,
    },
  },
};

/** Demo people: a definitive principal (A), a Plt (B), no principal (C), 12 teachers, and the other roles. */
export const demoPeople: DemoPerson[] = [
  {
    key: 'kepsekA',
    name: 'Dr. Siti Rahmawati, M.Pd.',
    email: 'siti.rahmawati@guru.sma.belajar.id',
    employmentStatus: 'pns',
    nip: '197805122003122004',
    nuptk: '3844756658300012',
    golonganRuang: 'IV/b',
    jenjangJabatan: 'ahli_madya',
    jenisPtk: 'Kepala Sekolah',
    school: 'A',
    role: 'Kepala Sekolah SMA (definitif)',
  },
  {
    key: 'andi',
    name: 'Andi Wijaya, S.Pd.',
    email: 'andi.wijaya@guru.sma.belajar.id',
    employmentStatus: 'pns',
    nip: '199203152019031008',
    nuptk: '1647770671130023',
    golonganRuang: 'III/a',
    jenjangJabatan: 'ahli_pertama',
    jenisPtk: 'Guru Mapel',
    school: 'A',
    role: 'Guru PNS, Ahli Pertama',
  },
  {
    key: 'rina',
    name: 'Rina Marlina, S.Pd.',
    email: 'rina.marlina@guru.sma.belajar.id',
    employmentStatus: 'pns',
    nip: '198706202010012015',
    nuptk: '4952765666300043',
    golonganRuang: 'III/c',
    jenjangJabatan: 'ahli_muda',
    jenisPtk: 'Guru Mapel',
    school: 'A',
    role: 'Guru PNS, Ahli Muda',
  },
  {
    key: 'dewi',
    name: 'Dewi Lestari, M.Pd.',
    email: 'dewi.lestari@guru.sma.belajar.id',
    employmentStatus: 'pns',
    nip: '197911032005012009',
    nuptk: '8435757659300053',
    golonganRuang: 'IV/a',
    jenjangJabatan: 'ahli_madya',
    jenisPtk: 'Guru BK',
    school: 'A',
    role: 'Guru PNS, Ahli Madya',
  },
  {
    key: 'hendra',
    name: 'Hendra Gunawan, S.Kom.',
    email: 'hendra.gunawan@guru.sma.belajar.id',
    employmentStatus: 'pppk',
    nuptk: '5543771672130063',
    jenjangJabatan: 'ahli_pertama',
    jenisPtk: 'Guru TIK',
    school: 'A',
    role: 'Guru PPPK, Ahli Pertama',
  },
  {
    key: 'yuni',
    name: 'Yuni Astuti, S.Pd.',
    email: 'yuni.astuti@guru.sma.belajar.id',
    employmentStatus: 'non_asn',
    nuptk: '9134768669230072',
    jenisPtk: 'Guru Mapel',
    school: 'A',
    role: 'Guru non-ASN',
  },
  {
    key: 'pltB',
    name: 'Budi Santoso, S.Pd.',
    email: 'budi.santoso@guru.sd.belajar.id',
    employmentStatus: 'pns',
    nip: '198304172008011006',
    nuptk: '2749761663200082',
    golonganRuang: 'III/d',
    jenjangJabatan: 'ahli_muda',
    jenisPtk: 'Guru Kelas',
    school: 'B',
    role: 'Guru PNS, Plt Kepala Sekolah SD',
  },
  {
    key: 'sri',
    name: 'Sri Wahyuni, S.Pd.',
    email: 'sri.wahyuni@guru.sd.belajar.id',
    employmentStatus: 'pppk',
    nuptk: '6251766667230092',
    jenjangJabatan: 'ahli_muda',
    jenisPtk: 'Guru Kelas',
    school: 'B',
    role: 'Guru PPPK, Ahli Muda',
  },
  {
    key: 'agus',
    name: 'Drs. Agus Salim',
    email: 'agus.salim@guru.sd.belajar.id',
    employmentStatus: 'pns',
    nip: '196808101992031012',
    nuptk: '1142746648200102',
    golonganRuang: 'IV/d',
    jenjangJabatan: 'ahli_utama',
    jenisPtk: 'Guru Kelas',
    school: 'B',
    role: 'Guru PNS, Ahli Utama',
  },
  {
    key: 'maya',
    name: 'Maya Sari, S.Pd.',
    email: 'maya.sari@guru.sd.belajar.id',
    employmentStatus: 'non_asn',
    nuptk: '7553770671230112',
    jenisPtk: 'Guru Kelas',
    school: 'B',
    role: 'Guru non-ASN',
  },
  {
    key: 'joko',
    name: 'Joko Prasetyo, S.Pd.',
    email: 'joko.prasetyo@guru.smp.belajar.id',
    employmentStatus: 'pns',
    nip: '199008252015031004',
    nuptk: '1157768669130122',
    golonganRuang: 'III/b',
    jenjangJabatan: 'ahli_pertama',
    jenisPtk: 'Guru Mapel',
    school: 'C',
    role: 'Guru PNS, Ahli Pertama (sekolah tanpa kepala sekolah)',
  },
  {
    key: 'lina',
    name: 'Lina Marpaung, S.Pd.',
    email: 'lina.marpaung@guru.smp.belajar.id',
    employmentStatus: 'pppk',
    nuptk: '3559769670230133',
    jenjangJabatan: 'ahli_pertama',
    jenisPtk: 'Guru Mapel',
    school: 'C',
    role: 'Guru PPPK, Ahli Pertama',
  },
  {
    key: 'fajar',
    name: 'Fajar Nugroho, M.Pd.',
    email: 'fajar.nugroho@guru.smp.belajar.id',
    employmentStatus: 'pns',
    nip: '198101142006041003',
    nuptk: '5446759661200142',
    golonganRuang: 'IV/b',
    jenjangJabatan: 'ahli_madya',
    jenisPtk: 'Guru Mapel',
    school: 'C',
    role: 'Guru PNS, Ahli Madya',
  },
  {
    key: 'pengawas',
    name: 'Drs. Bambang Hermawan, M.M.Pd.',
    email: 'bambang.hermawan@pengawas.belajar.id',
    employmentStatus: 'pns',
    nip: '196905231994031005',
    golonganRuang: 'IV/c',
    jenjangJabatan: 'ahli_madya',
    jenisPtk: 'Pengawas Sekolah',
    role: 'Pengawas (binaan sekolah A, B, C)',
  },
  {
    key: 'dinasProv',
    name: 'Ir. Wahyu Hidayat, M.Si.',
    email: 'wahyu.hidayat@disdik.jabarprov.go.id',
    employmentStatus: 'pns',
    nip: '197202021998031007',
    golonganRuang: 'IV/b',
    role: 'Dinas Provinsi (penilai kepala sekolah SMA)',
  },
  {
    key: 'dinasKab',
    name: 'Nur Aini, S.Sos., M.Pd.',
    email: 'nur.aini@disdik.bandungkab.go.id',
    employmentStatus: 'pns',
    nip: '197704142002122003',
    golonganRuang: 'IV/a',
    role: 'Dinas Kabupaten (penilai kepala sekolah SD/SMP)',
  },
  {
    key: 'operatorA',
    name: 'Rudi Hartono',
    email: 'operator.sman1@belajar.id',
    employmentStatus: 'non_asn',
    role: 'Operator Sekolah SMA',
  },
  {
    key: 'admin',
    name: 'Administrator Kinerja',
    email: 'admin@kinerja.id',
    employmentStatus: 'non_asn',
    role: 'Admin',
  },
];

/**
 * Who heads each demo Dinas (no sign-in: they only sign documents) and the jabatan of its assessor:
 * the Kepala Dinas is the Atasan Pejabat Penilai Kinerja of a principal's document (domain.md §1.2,
 * §5.6); every document prints an official's jabatan from this one record.
 */
export const demoDinasOfficials = {
  provinsi: {
    head: {
      name: 'Dr. H. Dedi Supandi, S.STP., M.Si.',
      nip: '197610112000031003',
      golonganRuang: 'IV/c',
    },
    headPosition: 'Kepala Dinas Pendidikan Provinsi Jawa Barat',
    assessorKey: 'dinasProv',
    assessorPosition: 'Kepala Bidang Pembinaan SMA',
  },
  kabupaten: {
    head: { name: 'Drs. Ruli Hadiana, M.Si.', nip: '196809121994031006', golonganRuang: 'IV/c' },
    headPosition: 'Kepala Dinas Pendidikan Kabupaten Bandung',
    assessorKey: 'dinasKab',
    assessorPosition: 'Kepala Bidang Pembinaan Ketenagaan',
  },
} as const;
