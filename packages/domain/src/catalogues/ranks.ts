import type { CareerLevelCode } from './career-levels';
import type { Catalogue } from './catalogue';
import type { Confidence } from './sourced';

/** Golongan/ruang codes of PNS teachers, lowest first — domain.md §4.6. */
export const GOLONGAN_RUANG_CODES = [
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;

/** A golongan/ruang, e.g. "III/b". */
export type GolonganRuang = (typeof GOLONGAN_RUANG_CODES)[number];

/** A pangkat with its golongan, ruang and the jenjang jabatan it belongs to. */
export type Rank = {
  readonly code: GolonganRuang;
  readonly golongan: 'II' | 'III' | 'IV';
  readonly ruang: 'a' | 'b' | 'c' | 'd' | 'e';
  readonly pangkat: string;
  /** Null for legacy golongan II (non-S1) teachers. */
  readonly careerLevel: CareerLevelCode | null;
  readonly confidence: Confidence;
};

type Row = [
  code: GolonganRuang,
  pangkat: string,
  level: CareerLevelCode | null,
  confidence: Confidence,
];

// Jenjang ranges [C] PAK-KONV; pangkat names [I] standard BKN nomenclature; golongan II [I] — domain.md §4.6.
const ROWS: readonly Row[] = [
  ['II/a', 'Pengatur Muda', null, 'I'],
  ['II/b', 'Pengatur Muda Tingkat I', null, 'I'],
  ['II/c', 'Pengatur', null, 'I'],
  ['II/d', 'Pengatur Tingkat I', null, 'I'],
  ['III/a', 'Penata Muda', 'ahli_pertama', 'C'],
  ['III/b', 'Penata Muda Tingkat I', 'ahli_pertama', 'C'],
  ['III/c', 'Penata', 'ahli_muda', 'C'],
  ['III/d', 'Penata Tingkat I', 'ahli_muda', 'C'],
  ['IV/a', 'Pembina', 'ahli_madya', 'C'],
  ['IV/b', 'Pembina Tingkat I', 'ahli_madya', 'C'],
  ['IV/c', 'Pembina Utama Muda', 'ahli_madya', 'C'],
  ['IV/d', 'Pembina Utama Madya', 'ahli_utama', 'C'],
  ['IV/e', 'Pembina Utama', 'ahli_utama', 'C'],
];

function toRank([code, pangkat, careerLevel, confidence]: Row): Rank {
  const [golongan, ruang] = code.split('/') as [Rank['golongan'], Rank['ruang']];
  return { code, golongan, ruang, pangkat, careerLevel, confidence };
}

/** Pangkat, golongan/ruang and jenjang of PNS teachers — domain.md §4.6. */
export const ranks: Catalogue<Rank> = {
  id: 'ranks',
  version: '2023.1',
  title: { id: 'Pangkat, Golongan/Ruang', en: 'Civil-service ranks (pangkat, golongan/ruang)' },
  sourceKeys: ['PAK-KONV', 'SLIDESHARE-PKG', 'SEED3'],
  items: ROWS.map(toRank),
  missing: [],
};

/** Whether a string is a golongan/ruang code. */
export function isGolonganRuang(value: string): value is GolonganRuang {
  return (GOLONGAN_RUANG_CODES as readonly string[]).includes(value);
}
