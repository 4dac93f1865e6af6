import { evaluationDocumentsFor, type EvaluationDocument } from '@kinerja/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import { listPeriods } from '../periods/periods.repository.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import { STAGE_COUNT_KEYS, stageCountColumns, teacherStagesJoin } from './teacher-stages.js';

// The per-school rollup of the dashboards (migrations/0011_dashboard_rollup.sql): triggers mark a
// school dirty when anything it counts changes; a refresh recomputes a dirty school's rows for every
// period and document with the live query of teacher-stages.ts. Area dashboards refresh the dirty
// schools of their area before reading, so they show every committed change (domain.md §3.10).

/** Schools refreshed per transaction unless told otherwise. */
export const DEFAULT_REFRESH_BATCH = 500;

/** The snake-case count columns of the rollup, in the order of `stageCountColumns`. */
export const ROLLUP_COUNT_COLUMNS = STAGE_COUNT_KEYS.map((key) =>
  key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
);

type RollupKey = { periodId: string; document: EvaluationDocument };

/** Every (period, document) a dashboard can ask for: each period's documents (domain.md §5.6). */
async function rollupKeys(db: Db): Promise<RollupKey[]> {
  const periods = await listPeriods(db);
  return periods.flatMap((period) =>
    evaluationDocumentsFor(ruleSetForPeriod(period)).map((info) => ({
      periodId: period.id,
      document: info.document,
    })),
  );
}

/**
 * Recomputes the rollup rows of the given schools for every key in one statement: the live
 * teacher join cross the keys, grouped by school, upserted; a school without teachers gets zeros.
 * Rows of a school that no longer exists are removed.
 */
async function writeSchoolCounts(
  trx: Db,
  schoolIds: readonly string[],
  keys: readonly RollupKey[],
): Promise<void> {
  if (schoolIds.length === 0 || keys.length === 0) return;
  const ids = sql`${[...schoolIds]}::uuid[]`;
  const values = sql.join(keys.map((key) => sql`(${key.periodId}::text, ${key.document}::text)`));
  const join = teacherStagesJoin({
    periodId: sql.ref('k.period_id'),
    document: sql.ref('k.document'),
  });
  const columns = sql.raw(ROLLUP_COUNT_COLUMNS.join(', '));
  const coalesced = sql.raw(ROLLUP_COUNT_COLUMNS.map((c) => `coalesce(t.${c}, 0)`).join(', '));
  const updates = sql.raw(ROLLUP_COUNT_COLUMNS.map((c) => `${c} = excluded.${c}`).join(', '));
  await sql`
    with k(period_id, document) as (values ${values}),
    t as (
      select st.school_id, k.period_id, k.document, ${stageCountColumns}
        from school_staff st cross join k ${join}
       where st.school_id = any(${ids})
       group by st.school_id, k.period_id, k.document)
    insert into dashboard_school_counts
      (period_id, document, school_id, province_code, regency_code, dinas_id, ${columns}, refreshed_at)
    select k.period_id, k.document, s.id, s.province_code, s.regency_code, s.dinas_id, ${coalesced},
           now()
      from schools s cross join k
      left join t on t.school_id = s.id and t.period_id = k.period_id and t.document = k.document
     where s.id = any(${ids})
    on conflict (period_id, document, school_id) do update
      set province_code = excluded.province_code, regency_code = excluded.regency_code,
          dinas_id = excluded.dinas_id, ${updates}, refreshed_at = excluded.refreshed_at`.execute(
    trx,
  );
  await sql`
    delete from dashboard_school_counts c
     using (values ${values}) k(period_id, document), unnest(${ids}) u(school_id)
     where c.period_id = k.period_id and c.document = k.document and c.school_id = u.school_id
       and not exists (select 1 from schools s where s.id = u.school_id)`.execute(trx);
}

/**
 * Claims dirty schools with `claim` (a DELETE … RETURNING school_id) and recomputes them, in one
 * transaction: if the refresh fails the marks come back. Returns how many schools were claimed.
 */
async function refreshClaimed(db: Db, claim: RawBuilder<unknown>): Promise<number> {
  const keys = await rollupKeys(db);
  return db.transaction().execute(async (trx) => {
    const claimed = await sql<{ schoolId: string }>`${claim}`.execute(trx);
    const ids = claimed.rows.map((row) => row.schoolId);
    await writeSchoolCounts(trx, ids, keys);
    return ids.length;
  });
}

/**
 * Claims up to `limit` dirty schools matching `where` (over the dirty row `d`). A writer's mark stays
 * locked until its transaction commits (0011's triggers upsert it), so:
 * - 'wait' waits for such writers and counts their writes — for bulk refreshes with no reader waiting;
 * - 'skip' passes over them: what they wrote is not committed, so not visible to this read anyway,
 *   and their marks stay for the next read or the job. A dashboard read therefore never waits
 *   behind a long write (a roster import marks many schools) and never deadlocks with one.
 * Rows are taken in school order so that two waiting claims never deadlock each other.
 */
function claimDirty(
  where: RawBuilder<unknown>,
  limit: number,
  mode: 'wait' | 'skip',
): RawBuilder<unknown> {
  const lock = mode === 'skip' ? sql`for update of d skip locked` : sql`for update of d`;
  return sql`
    delete from dashboard_dirty_schools
     where school_id in (select d.school_id from dashboard_dirty_schools d
                          where ${where} order by d.school_id limit ${limit} ${lock})
    returning school_id`;
}

/** Refreshes batch after batch until a claim finds nothing; returns the schools refreshed. */
async function refreshUntilClean(
  db: Db,
  claim: () => RawBuilder<unknown>,
  onProgress?: (refreshed: number) => void,
): Promise<number> {
  let total = 0;
  for (;;) {
    const claimed = await refreshClaimed(db, claim());
    total += claimed;
    if (claimed === 0) return total;
    onProgress?.(total);
  }
}

/** What to refresh: given schools (if dirty), or one batch of any dirty schools. */
export type RefreshTarget = readonly string[] | 'all-dirty';

/**
 * Refreshes dirty schools in one transaction: the given ones that are dirty, or for 'all-dirty' a
 * batch of `batchSize` that no other instance is refreshing (SKIP LOCKED, as the e-Kinerja outbox).
 * Returns how many schools were refreshed.
 */
export async function refreshSchoolCounts(
  db: Db,
  target: RefreshTarget,
  options: { batchSize?: number } = {},
): Promise<number> {
  if (target === 'all-dirty') {
    const limit = options.batchSize ?? DEFAULT_REFRESH_BATCH;
    return refreshClaimed(
      db,
      sql`delete from dashboard_dirty_schools
           where school_id in (select school_id from dashboard_dirty_schools
                                limit ${limit} for update skip locked)
          returning school_id`,
    );
  }
  if (target.length === 0) return 0;
  const ids = [...target];
  return refreshClaimed(db, claimDirty(sql`d.school_id = any(${ids}::uuid[])`, ids.length, 'skip'));
}

/**
 * Refreshes every dirty school, batch after batch, until none is left — after a bulk load that
 * marked all schools dirty (the national benchmark). Returns how many schools were refreshed.
 */
export async function refreshAllSchoolCounts(
  db: Db,
  options: { batchSize: number; onProgress?: (refreshed: number) => void },
): Promise<number> {
  return refreshUntilClean(
    db,
    () => claimDirty(sql`true`, options.batchSize, 'wait'),
    options.onProgress,
  );
}

/** Refreshes the dirty schools of a Dinas office before its dashboard is read. */
export function refreshDirtyOfDinas(db: Db, dinasId: string): Promise<number> {
  const where = sql`exists (select 1 from schools s where s.id = d.school_id and s.dinas_id = ${dinasId})`;
  return refreshUntilClean(db, () => claimDirty(where, DEFAULT_REFRESH_BATCH, 'skip'));
}

/**
 * Refreshes the dirty schools of a province before its dashboard is read: schools now in it, and
 * schools whose rollup row of the key still places them in it (a school that moved away).
 */
export function refreshDirtyOfProvince(
  db: Db,
  key: RollupKey & { provinceCode: string },
): Promise<number> {
  const where = sql`(
    exists (select 1 from schools s where s.id = d.school_id and s.province_code = ${key.provinceCode})
    or exists (select 1 from dashboard_school_counts c
                where c.period_id = ${key.periodId} and c.document = ${key.document}
                  and c.school_id = d.school_id and c.province_code = ${key.provinceCode}))`;
  return refreshUntilClean(db, () => claimDirty(where, DEFAULT_REFRESH_BATCH, 'skip'));
}

/** Refreshes every dirty school before the nation's dashboard is read. */
export function refreshDirtyOfNation(db: Db): Promise<number> {
  return refreshUntilClean(db, () => claimDirty(sql`true`, DEFAULT_REFRESH_BATCH, 'skip'));
}
