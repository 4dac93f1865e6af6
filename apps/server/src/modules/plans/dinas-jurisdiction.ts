import {
  DINAS_LEVELS,
  DINAS_SCHOOL_LEVELS,
  type Actor,
  type DinasLevel,
  type SchoolLevel,
} from '@kinerja/domain';
import { sql, type RawBuilder } from 'kysely';

/** The Dapodik jenjang codes of school levels ("sma" → "SMA"), for SQL filters. */
export const jenjangsOf = (levels: readonly SchoolLevel[]): string[] =>
  levels.map((level) => level.toUpperCase());

const jenjangList = (levels: readonly SchoolLevel[]) =>
  sql.join(jenjangsOf(levels).map((jenjang) => sql.lit(jenjang)));

/**
 * SQL: the Dinas row `d` governs the school row `s` — its level (from the domain table) and its
 * region (UU 23/2014) — domain.md §1.1. Used by every list of "the schools of a Dinas", so a school
 * attributed (schools.dinas_id) to a Dinas of the other level never shows up there.
 */
export function dinasGovernsSql(d = 'd', s = 's'): RawBuilder<boolean> {
  const dinas = sql.raw(d);
  const school = sql.raw(s);
  const region: Record<DinasLevel, RawBuilder<unknown>> = {
    provinsi: sql`${school}.province_code = ${dinas}.province_code`,
    kabupaten_kota: sql`${school}.regency_code = ${dinas}.regency_code`,
  };
  const branches = DINAS_LEVELS.map(
    (level) =>
      sql`(${dinas}.level = ${sql.lit(level)} and ${school}.jenjang in (${jenjangList(DINAS_SCHOOL_LEVELS[level])}) and ${region[level]})`,
  );
  return sql<boolean>`(${sql.join(branches, sql` or `)})`;
}

/** SQL: the school `s` is attributed to the Dinas `dinasId` and that Dinas governs it (§1.1). */
export function schoolOfDinasSql(dinasId: string, s = 's'): RawBuilder<boolean> {
  return sql<boolean>`(${sql.raw(s)}.dinas_id = ${dinasId} and exists (
    select 1 from dinas_offices gd where gd.id = ${dinasId} and ${dinasGovernsSql('gd', s)}))`;
}

/**
 * The school levels an actor's Dinas grants govern, or null when a grant reaches every level
 * (an administrator). Used to filter the contents of whole-region pages (province dashboard).
 */
export function schoolLevelsOfActor(actor: Actor): SchoolLevel[] | null {
  if (actor.roles.some((grant) => grant.role === 'admin')) return null;
  const levels = new Set<SchoolLevel>();
  for (const grant of actor.roles) {
    if (grant.role === 'dinas_official' && grant.dinasLevel)
      for (const level of DINAS_SCHOOL_LEVELS[grant.dinasLevel]) levels.add(level);
  }
  return [...levels];
}

/** SQL: the school `s` has one of the levels (null = every level). */
export function schoolLevelInSql(
  levels: readonly SchoolLevel[] | null,
  s = 's',
): RawBuilder<boolean> {
  if (levels === null) return sql<boolean>`true`;
  if (levels.length === 0) return sql<boolean>`false`;
  return sql<boolean>`${sql.raw(s)}.jenjang in (${jenjangList(levels)})`;
}
