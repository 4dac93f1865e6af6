import type { LocalizedText } from '../i18n/locale';

/** Levels (jenjang) of a school; tugas tambahan options depend on them — domain.md §4.4. */
export const SCHOOL_LEVELS = ['paud', 'sd', 'smp', 'sma', 'smk', 'slb'] as const;

/** A school level (jenjang satuan pendidikan). */
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

/** Official abbreviations of school levels. */
export const SCHOOL_LEVEL_LABELS: { readonly [L in SchoolLevel]: LocalizedText } = {
  paud: { id: 'PAUD/TK', en: 'Early childhood (PAUD/TK)' },
  sd: { id: 'SD', en: 'Primary (SD)' },
  smp: { id: 'SMP', en: 'Lower secondary (SMP)' },
  sma: { id: 'SMA', en: 'Upper secondary (SMA)' },
  smk: { id: 'SMK', en: 'Vocational upper secondary (SMK)' },
  slb: { id: 'SLB', en: 'Special school (SLB)' },
};

/** Whether a string is a school level code. */
export function isSchoolLevel(value: string): value is SchoolLevel {
  return (SCHOOL_LEVELS as readonly string[]).includes(value);
}
