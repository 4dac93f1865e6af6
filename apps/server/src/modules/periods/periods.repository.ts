import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { invalidateCache, onCacheInvalidated } from '../../lib/cache-invalidation.js';

/** A period row as stored. */
export type PeriodRow = DB['periods'];

/** Every period, oldest first. */
export const listPeriods = (db: Db): Promise<PeriodRow[]> =>
  db.selectFrom('periods').selectAll().orderBy('sortOrder').execute();

const CACHE_MS = 30_000;
const cache = new WeakMap<Db, { at: number; generation: number; rows: Promise<PeriodRow[]> }>();
/** Bumped when another instance (or any database of this process) reports a period edit. */
let generation = 0;
onCacheInvalidated(() => {
  generation += 1;
});

/** Every period, from a 30-second per-database cache: read on every request, changed a few times a year. */
export function listPeriodsCached(db: Db, nowMs: number): Promise<PeriodRow[]> {
  const hit = cache.get(db);
  const isFresh = hit && hit.generation === generation && nowMs - hit.at < CACHE_MS;
  if (hit && isFresh && nowMs >= hit.at) return hit.rows;
  const rows = listPeriods(db);
  cache.set(db, { at: nowMs, generation, rows });
  rows.catch(() => cache.delete(db));
  return rows;
}

/** Forgets the cached periods, after an edit or an insert, here and on the other instances. */
export const forgetCachedPeriods = async (db: Db): Promise<void> => {
  cache.delete(db);
  await invalidateCache('periods');
};

/** One period by id. */
export const findPeriod = (db: Db, id: string): Promise<PeriodRow | undefined> =>
  db.selectFrom('periods').selectAll().where('id', '=', id).executeTakeFirst();

/** Inserts periods that do not exist yet; an administrator's later edits are kept. */
export async function ensurePeriods(db: Db, periods: PeriodRow[]): Promise<void> {
  if (periods.length === 0) return;
  await db
    .insertInto('periods')
    .values(periods)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await forgetCachedPeriods(db);
}
