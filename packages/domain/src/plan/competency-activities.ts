import { findByCode, type Catalogue } from '../catalogues/catalogue';
import type { CompetencyRhk } from '../catalogues/competency-rhk-2024';

/** How many times one 2024 competency activity is planned — domain.md §4.5. */
export type CompetencyActivityCount = { readonly code: string; readonly count: number };

// The 2024 point table is per activity ("1 pelatihan + Aksi Nyata", "1 kegiatan") and 32–128 poin
// per semester only makes sense with repeats [C] HC-POIN24 — domain.md §4.5, §3.3. A plan stores one
// entry per planned activity instance in `competencyRhkCodes`, so a code may repeat; plans stored
// before repeats existed (each code once) read as a count of 1.

/** Planned activities grouped by code, in the order each code first appears. */
export function competencyActivityCounts(codes: readonly string[]): CompetencyActivityCount[] {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count }));
}

/** The stored instance list for activity counts (codes with a count below 1 are dropped). */
export function competencyCodesFromCounts(counts: readonly CompetencyActivityCount[]): string[] {
  return counts.flatMap(({ code, count }) =>
    Array.from({ length: Math.max(0, count) }, () => code),
  );
}

/** The instance list with one activity set to `count` (the planning stepper), order kept. */
export function withCompetencyActivityCount(
  codes: readonly string[],
  code: string,
  count: number,
): string[] {
  const counts = competencyActivityCounts(codes);
  const next = counts.some((entry) => entry.code === code)
    ? counts.map((entry) => (entry.code === code ? { code, count } : entry))
    : [...counts, { code, count }];
  return competencyCodesFromCounts(next);
}

/** How many times `code` is planned. */
export const competencyActivityCount = (codes: readonly string[], code: string): number =>
  codes.filter((entry) => entry === code).length;

/**
 * Sum of the static points of every planned activity instance, each looked up by `pointsOf` (a
 * catalogue here, the plan options in the web app); unknown points count 0 — domain.md §4.5.
 */
export function sumCompetencyPoints(
  rhkCodes: readonly string[],
  pointsOf: (code: string) => number | null | undefined,
): number {
  return rhkCodes.reduce((total, code) => total + (pointsOf(code) ?? 0), 0);
}

/** Sum of the catalogue points of every planned activity instance — domain.md §4.5. */
export function competencyPoints(options: {
  rhkCodes: readonly string[];
  catalogue: Catalogue<CompetencyRhk>;
}): number {
  return sumCompetencyPoints(
    options.rhkCodes,
    (code) => findByCode(options.catalogue, code)?.points.value,
  );
}

/** "kegiatan ke-2 dari 3": which planned instance an evidence slot is for; empty when planned once. */
export function activityInstanceLabel(
  options: { instance: number; count: number },
  locale: 'id' | 'en',
): string {
  if (options.count <= 1) return '';
  return locale === 'id'
    ? `kegiatan ke-${options.instance} dari ${options.count}`
    : `activity ${options.instance} of ${options.count}`;
}

/** One planned activity with its count and points, for summaries and documents. */
export type CompetencyActivityLine = {
  readonly code: string;
  readonly role: string;
  readonly count: number;
  /** Points of one instance; null when the catalogue has no value. */
  readonly pointsEach: number | null;
  readonly points: number;
};

/** The planned activities grouped with their points — domain.md §4.5. */
export function competencyActivityLines(options: {
  rhkCodes: readonly string[];
  catalogue: Catalogue<CompetencyRhk>;
}): CompetencyActivityLine[] {
  return competencyActivityCounts(options.rhkCodes).map(({ code, count }) => {
    const rhk = findByCode(options.catalogue, code);
    const pointsEach = rhk && !rhk.points.isGap ? rhk.points.value : null;
    return { code, role: rhk?.role ?? code, count, pointsEach, points: (pointsEach ?? 0) * count };
  });
}

/** "Peserta pelatihan mandiri … (2 × 8 poin = 16 poin)": a line of a plan summary or document. */
export function competencyActivityText(line: CompetencyActivityLine): string {
  const each = line.pointsEach === null ? '-' : String(line.pointsEach);
  return line.count === 1
    ? `${line.role} (${each} poin)`
    : `${line.role} (${line.count} × ${each} poin = ${line.points} poin)`;
}
