import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

/** A period row as stored. */
export type PeriodRow = DB['periods'];

/** Every period, oldest first. */
export const listPeriods = (db: Db): Promise<PeriodRow[]> =>
  db.selectFrom('periods').selectAll().orderBy('sortOrder').execute();

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
}
