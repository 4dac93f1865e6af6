import { isSchoolLevel, type SchoolLevel } from '../catalogues/school-levels';

/** Levels of a Dinas Pendidikan office. */
export const DINAS_LEVELS = ['provinsi', 'kabupaten_kota'] as const;

/** The level of a Dinas Pendidikan office: a province or a kabupaten/kota. */
export type DinasLevel = (typeof DINAS_LEVELS)[number];

/**
 * The school levels each Dinas level governs: by UU 23/2014 Lampiran I.A the province (and its
 * Cabang Dinas) governs SMA, SMK and SLB; the kabupaten/kota governs PAUD, SD and SMP — domain.md
 * §1.1 "Jurisdiction of a Dinas".
 */
export const DINAS_SCHOOL_LEVELS: { readonly [L in DinasLevel]: readonly SchoolLevel[] } = {
  provinsi: ['sma', 'smk', 'slb'],
  kabupaten_kota: ['paud', 'sd', 'smp'],
};

/** Whether a Dinas of this level governs schools of that level (domain.md §1.1). */
export function dinasGovernsSchoolLevel(level: DinasLevel, schoolLevel: SchoolLevel): boolean {
  return DINAS_SCHOOL_LEVELS[level].includes(schoolLevel);
}

/** The Dinas level that governs a school level; every school level has exactly one. */
export function governingDinasLevel(schoolLevel: SchoolLevel): DinasLevel {
  return dinasGovernsSchoolLevel('provinsi', schoolLevel) ? 'provinsi' : 'kabupaten_kota';
}

/** The school level of a Dapodik jenjang ("SMA" → "sma"); undefined when unknown. */
export function schoolLevelOfJenjang(jenjang: string | null | undefined): SchoolLevel | undefined {
  const level = jenjang?.toLowerCase();
  return level && isSchoolLevel(level) ? level : undefined;
}

/** Whether a string is a Dinas level code. */
export function isDinasLevel(value: string): value is DinasLevel {
  return (DINAS_LEVELS as readonly string[]).includes(value);
}
