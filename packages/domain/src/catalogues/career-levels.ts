import type { Catalogue } from './catalogue';
import { known, type Known } from './sourced';

/** Codes of the teacher functional levels (jenjang jabatan) — domain.md §4.6. */
export const CAREER_LEVEL_CODES = [
  'ahli_pertama',
  'ahli_muda',
  'ahli_madya',
  'ahli_utama',
] as const;

/** A jenjang jabatan fungsional guru. */
export type CareerLevelCode = (typeof CAREER_LEVEL_CODES)[number];

/** A jenjang jabatan with its annual angka-kredit coefficient (PermenPANRB 1/2023). */
export type CareerLevel = {
  readonly code: CareerLevelCode;
  readonly order: number;
  readonly name: string;
  readonly annualCoefficient: Known<number>;
};

const CONFIRMED = 'domain.md §5.4';
const INFERRED = 'domain.md §5.4 (standard PermenPANRB 1/2023 value, not seen in sources)';

/** Jenjang jabatan with koefisien tahunan: 12,5 / 25 / 37,5 / 50 — domain.md §5.4. */
export const careerLevels: Catalogue<CareerLevel> = {
  id: 'career-levels',
  version: '2023.1',
  title: { id: 'Jenjang Jabatan Fungsional Guru', en: 'Teacher career levels' },
  sourceKeys: ['DOKEV', 'PAK-KONV', 'DRIVERSIMPLE'],
  items: [
    {
      code: 'ahli_pertama',
      order: 1,
      name: 'Ahli Pertama',
      annualCoefficient: known(12.5, { source: `${CONFIRMED}; DRIVERSIMPLE`, confidence: 'C' }),
    },
    {
      code: 'ahli_muda',
      order: 2,
      name: 'Ahli Muda',
      annualCoefficient: known(25, { source: INFERRED, confidence: 'I' }),
    },
    {
      code: 'ahli_madya',
      order: 3,
      name: 'Ahli Madya',
      annualCoefficient: known(37.5, { source: `${CONFIRMED}; PAK-KONV`, confidence: 'C' }),
    },
    {
      code: 'ahli_utama',
      order: 4,
      name: 'Ahli Utama',
      annualCoefficient: known(50, { source: INFERRED, confidence: 'I' }),
    },
  ],
  missing: [],
};

/** Whether a string is a career level code. */
export function isCareerLevelCode(value: string): value is CareerLevelCode {
  return (CAREER_LEVEL_CODES as readonly string[]).includes(value);
}

/** The career level of a code. */
export function careerLevelOf(code: CareerLevelCode): CareerLevel {
  const level = careerLevels.items.find((item) => item.code === code);
  if (!level) throw new Error(`career level ${code} missing from catalogue`);
  return level;
}
