import {
  toIsoDate,
  type CatalogueId,
  type CatalogueRevision,
  type Confidence,
} from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** A stored revision with who made it, for the history (issue 13 item 3). */
export type RevisionRecord = CatalogueRevision & {
  before: unknown;
  source: string;
  confidence: Confidence;
  createdAt: Date;
  createdByName: string | null;
};

/** Every revision of a period's catalogues, oldest first, one indexed query. */
export async function listRevisions(db: Db, periodId: string): Promise<RevisionRecord[]> {
  const rows = await db
    .selectFrom('catalogueRevisions as r')
    .leftJoin('people as p', 'p.id', 'r.createdBy')
    .select([
      'r.id',
      'r.catalogueId',
      'r.entryCode',
      'r.source',
      'r.confidence',
      'r.createdAt',
      'p.name as createdByName',
      sql<string | null>`r.before::text`.as('beforeText'),
      sql<string>`r.after::text`.as('afterText'),
    ])
    .where('r.periodId', '=', periodId)
    .orderBy('r.id')
    .execute();
  return rows.map(({ beforeText, afterText, ...row }) => ({
    ...row,
    catalogueId: row.catalogueId as CatalogueId,
    before: beforeText === null ? null : (JSON.parse(beforeText) as unknown),
    entry: JSON.parse(afterText) as unknown,
    createdOn: toIsoDate(row.createdAt),
  }));
}

/** The newest revision id of a period (0: never edited) — what a plan started now pins. */
export async function newestRevisionId(db: Db, periodId: string): Promise<number> {
  const row = await db
    .selectFrom('catalogueRevisions')
    .select((eb) => eb.fn.max('id').as('id'))
    .where('periodId', '=', periodId)
    .executeTakeFirst();
  return row?.id ?? 0;
}

/** Stores one edit of one entry (inside the caller's transaction); returns its id. */
export async function insertRevision(
  trx: Db,
  input: {
    periodId: string;
    catalogueId: CatalogueId;
    entryCode: string;
    before: unknown;
    after: unknown;
    source: string;
    confidence: Confidence;
    createdBy: string;
    createdAt: Date;
  },
): Promise<number> {
  const row = await trx
    .insertInto('catalogueRevisions')
    .values({
      ...input,
      before: input.before === null ? null : JSON.stringify(input.before),
      after: JSON.stringify(input.after),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Serializes edits of one period's catalogues, so a code check and its insert see the same data. */
export async function lockPeriodCatalogues(trx: Db, periodId: string): Promise<void> {
  await sql`select id from periods where id = ${periodId} for update`.execute(trx);
}

// The demo seed fills competency groups through the same revisions (issue 13 item 3).
export { insertCompetencyFill } from './competency-fills.js';
