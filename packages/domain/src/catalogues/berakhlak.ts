import type { Catalogue } from './catalogue';

/** Codes of the seven BerAKHLAK core values — domain.md §4.3. */
export const BERAKHLAK_VALUE_CODES = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;

/** A BerAKHLAK core value code. */
export type BerakhlakValueCode = (typeof BERAKHLAK_VALUE_CODES)[number];

/** One panduan perilaku of a value. */
export type BerakhlakBehaviour = { readonly code: string; readonly text: string };

/** A core value with its three panduan perilaku. */
export type BerakhlakValue = {
  readonly code: BerakhlakValueCode;
  readonly order: number;
  readonly name: string;
  readonly nameEn: string;
  readonly behaviours: readonly BerakhlakBehaviour[];
};

type Row = [
  code: BerakhlakValueCode,
  name: string,
  nameEn: string,
  a: string,
  b: string,
  c: string,
];

// 7 values × 3 behaviours, confirmed by many independent SKP implementations [C] — domain.md §4.3.
const ROWS: readonly Row[] = [
  [
    'berorientasi_pelayanan',
    'Berorientasi Pelayanan',
    'Service-oriented',
    'Memahami dan memenuhi kebutuhan masyarakat',
    'Ramah, cekatan, solutif, dan dapat diandalkan',
    'Melakukan perbaikan tiada henti',
  ],
  [
    'akuntabel',
    'Akuntabel',
    'Accountable',
    'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
    'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
    'Tidak menyalahgunakan kewenangan jabatan',
  ],
  [
    'kompeten',
    'Kompeten',
    'Competent',
    'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
    'Membantu orang lain belajar',
    'Melaksanakan tugas dengan kualitas terbaik',
  ],
  [
    'harmonis',
    'Harmonis',
    'Harmonious',
    'Menghargai setiap orang apapun latar belakangnya',
    'Suka menolong orang lain',
    'Membangun lingkungan kerja yang kondusif',
  ],
  [
    'loyal',
    'Loyal',
    'Loyal',
    'Memegang teguh ideologi Pancasila, UUD NRI 1945, setia kepada NKRI serta pemerintahan yang sah',
    'Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara',
    'Menjaga rahasia jabatan dan negara',
  ],
  [
    'adaptif',
    'Adaptif',
    'Adaptive',
    'Cepat menyesuaikan diri menghadapi perubahan',
    'Terus berinovasi dan mengembangkan kreativitas',
    'Bertindak proaktif',
  ],
  [
    'kolaboratif',
    'Kolaboratif',
    'Collaborative',
    'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
    'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
    'Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama',
  ],
];

function toValue([code, name, nameEn, ...texts]: Row, index: number): BerakhlakValue {
  const behaviours = texts.map((text, i) => ({ code: `${code}_${'abc'[i] ?? i}`, text }));
  return { code, order: index + 1, name, nameEn, behaviours };
}

/** BerAKHLAK: 7 core values × 3 panduan perilaku — domain.md §4.3. */
export const berakhlak: Catalogue<BerakhlakValue> = {
  id: 'berakhlak',
  version: '2024.1',
  title: { id: 'Perilaku Kerja BerAKHLAK', en: 'BerAKHLAK work behaviour' },
  sourceKeys: ['FLIP-VAR', 'CARIVIRAL', 'BERAKHLAK-CODE'],
  items: ROWS.map(toValue),
  missing: [],
};

/** Whether a string is a BerAKHLAK value code. */
export function isBerakhlakValueCode(value: string): value is BerakhlakValueCode {
  return (BERAKHLAK_VALUE_CODES as readonly string[]).includes(value);
}
