import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

/** The current (latest) fill of one competence group in a period. */
export type CompetencyFill = {
  groupCode: DB['competencyIndicatorVersions']['groupCode'];
  version: number;
  indicators: Array<{ code: string; name: string }>;
  source: string;
  createdAt: Date;
};

/** The latest fill of every competence group of a period, one indexed query. */
export async function currentCompetencyFills(db: Db, periodId: string): Promise<CompetencyFill[]> {
  const rows = await db
    .selectFrom('competencyIndicatorVersions')
    .distinctOn('groupCode')
    .select([
      'groupCode',
      'version',
      'source',
      'createdAt',
      sql<string>`indicators::text`.as('indicatorsText'),
    ])
    .where('periodId', '=', periodId)
    .orderBy('groupCode')
    .orderBy('version', 'desc')
    .execute();
  return rows.map(({ indicatorsText, ...row }) => ({
    ...row,
    indicators: JSON.parse(indicatorsText) as CompetencyFill['indicators'],
  }));
}

/** Stores a new version of a group's indicators; older versions are kept. Returns the version. */
export async function insertCompetencyFill(
  trx: Db,
  input: {
    periodId: string;
    groupCode: CompetencyFill['groupCode'];
    indicators: CompetencyFill['indicators'];
    source: string;
    createdBy: string | null;
  },
): Promise<number> {
  const last = await trx
    .selectFrom('competencyIndicatorVersions')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('periodId', '=', input.periodId)
    .where('groupCode', '=', input.groupCode)
    .executeTakeFirst();
  const version = (last?.version ?? 0) + 1;
  await trx
    .insertInto('competencyIndicatorVersions')
    .values({ ...input, version, indicators: JSON.stringify(input.indicators) })
    .execute();
  return version;
}
