import { NATIONAL_PROVINCES, type NationalProvince } from './national-geography.js';

/** A jenjang of the national data set (schools.jenjang). */
export type NationalJenjang = 'PAUD' | 'SD' | 'SMP' | 'SMA' | 'SMK' | 'SLB';

/**
 * Share of schools (percent) and relative number of teachers per school of each jenjang, roughly as
 * in Dapodik: many small PAUD and SD, fewer and larger SMP/SMA/SMK, a few SLB.
 */
const JENJANG_MIX: ReadonlyArray<{ jenjang: NationalJenjang; percent: number; weight: number }> = [
  { jenjang: 'PAUD', percent: 40, weight: 3 },
  { jenjang: 'SD', percent: 36, weight: 9 },
  { jenjang: 'SMP', percent: 12, weight: 15 },
  { jenjang: 'SMA', percent: 5, weight: 19 },
  { jenjang: 'SMK', percent: 6, weight: 19 },
  { jenjang: 'SLB', percent: 1, weight: 10 },
];

/** The schools of one province, as parallel arrays (the SQL reads them with `unnest`). */
export type ProvinceLayout = {
  province: NationalProvince;
  regencyCodes: string[];
  /** Global school number (0-based), its regency code, jenjang, teacher count and first teacher number. */
  schoolNumbers: number[];
  schoolRegencies: string[];
  schoolJenjang: NationalJenjang[];
  schoolTeachers: number[];
  schoolFirstTeacher: number[];
  teachers: number;
};

/** A deterministic pseudo-random fraction in [0, 1) of an integer (Knuth's multiplicative hash). */
const fraction = (n: number, salt: number): number =>
  (Math.imul((n + 1) ^ Math.imul(salt, 0x9e3779b1), 2654435761) >>> 0) / 4294967296;

/** `total` split over `weights` by largest remainder: deterministic, and the parts add up exactly. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left-- <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
  }
  return parts;
}

function jenjangOf(school: number): { jenjang: NationalJenjang; weight: number } {
  const draw = fraction(school, 1) * 100;
  let edge = 0;
  for (const item of JENJANG_MIX) {
    edge += item.percent;
    if (draw < edge) return item;
  }
  return JENJANG_MIX[0]!;
}

/**
 * Where every school and teacher goes: schools spread over the 514 kabupaten/kota with uneven
 * weights (1–4), each school's jenjang drawn from the mix, and `teachers` split over the schools by
 * jenjang weight, so the totals are exactly the requested sizes.
 */
export function nationalLayout(input: { schools: number; teachers: number }): ProvinceLayout[] {
  const regencies = NATIONAL_PROVINCES.flatMap((province) =>
    Array.from({ length: province.regencies }, (_, k) => ({
      province,
      code: `${province.code}${String(k + 1).padStart(2, '0')}`,
    })),
  );
  const perRegency = apportion(
    input.schools,
    regencies.map((_, r) => 1 + Math.floor(fraction(r, 2) * 4)),
  );
  const jenjang = Array.from({ length: input.schools }, (_, i) => jenjangOf(i));
  const perSchool = apportion(
    input.teachers,
    jenjang.map((j) => j.weight),
  );
  const layouts = new Map<string, ProvinceLayout>();
  let school = 0;
  let teacher = 0;
  regencies.forEach((regency, r) => {
    let layout = layouts.get(regency.province.code);
    if (!layout) {
      layout = {
        province: regency.province,
        regencyCodes: [],
        schoolNumbers: [],
        schoolRegencies: [],
        schoolJenjang: [],
        schoolTeachers: [],
        schoolFirstTeacher: [],
        teachers: 0,
      };
      layouts.set(regency.province.code, layout);
    }
    layout.regencyCodes.push(regency.code);
    for (let k = 0; k < (perRegency[r] ?? 0); k++, school++) {
      const count = perSchool[school] ?? 0;
      layout.schoolNumbers.push(school);
      layout.schoolRegencies.push(regency.code);
      layout.schoolJenjang.push(jenjang[school]!.jenjang);
      layout.schoolTeachers.push(count);
      layout.schoolFirstTeacher.push(teacher);
      layout.teachers += count;
      teacher += count;
    }
  });
  return [...layouts.values()];
}
