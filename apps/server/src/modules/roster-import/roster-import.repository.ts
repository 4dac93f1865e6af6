import type { RosterImportError, RosterImportKind, RosterImportSummary } from '@kinerja/contract';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

/** A roster_imports row as stored. */
export type RosterImportRow = Selectable<DB['rosterImports']>;

/** Who may import what: admins any school, operators the schools of their grants. */
export type ImportScope = { isAdmin: boolean; operatorNpsn: string[] };

/** The caller's import rights, from role_grants. */
export async function findImportScope(db: Db, personId: string): Promise<ImportScope> {
  const grants = await db
    .selectFrom('roleGrants as g')
    .leftJoin('schools as s', 's.id', 'g.schoolId')
    .select(['g.role', 's.npsn'])
    .where('g.personId', '=', personId)
    .execute();
  return {
    isAdmin: grants.some((g) => g.role === 'admin'),
    operatorNpsn: grants.flatMap((g) => (g.role === 'school_operator' && g.npsn ? [g.npsn] : [])),
  };
}

/** Records a new import, status validating. */
export async function createRosterImport(
  db: Db,
  input: { createdBy: string; fileName: string; periodId: string | null; now: Date },
): Promise<string> {
  const row = await db
    .insertInto('rosterImports')
    .values({
      createdBy: input.createdBy,
      fileName: input.fileName,
      periodId: input.periodId,
      status: 'validating',
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Progress of a running import; a finished one is never moved back. */
export async function recordProgress(
  db: Db,
  id: string,
  progress: {
    status: 'validating' | 'writing';
    kind: RosterImportKind | null;
    rowsProcessed: number;
    rowsTotal: number | null;
  },
  now: Date,
): Promise<void> {
  await db
    .updateTable('rosterImports')
    .set({ ...progress, updatedAt: now })
    .where('id', '=', id)
    .where('status', 'in', ['validating', 'writing'])
    .execute();
}

/** Final state of an import: completed with its summary, or failed with its problems. */
export async function finishRosterImport(
  db: Db,
  id: string,
  outcome: {
    status: 'completed' | 'failed';
    kind: RosterImportKind | null;
    periodId?: string | null;
    fileSha256: string | null;
    rowsTotal: number | null;
    rowsProcessed: number;
    errorCount: number;
    errors: RosterImportError[];
    summary: RosterImportSummary | null;
  },
  now: Date,
): Promise<void> {
  const { errors, summary, ...rest } = outcome;
  await db
    .updateTable('rosterImports')
    .set({
      ...rest,
      errors: JSON.stringify(errors),
      summary: summary === null ? null : JSON.stringify(summary),
      updatedAt: now,
      finishedAt: now,
    })
    .where('id', '=', id)
    .execute();
}

/** One import by id. */
export const findRosterImport = (db: Db, id: string): Promise<RosterImportRow | undefined> =>
  db.selectFrom('rosterImports').selectAll().where('id', '=', id).executeTakeFirst();

/** The most recent imports, newest first: one person's, or everyone's. */
export async function listRosterImports(
  db: Db,
  input: { createdBy: string | null; limit: number },
): Promise<Array<Omit<RosterImportRow, 'errors'>>> {
  let query = db
    .selectFrom('rosterImports')
    .select([
      'id',
      'createdBy',
      'fileName',
      'fileSha256',
      'kind',
      'periodId',
      'status',
      'rowsTotal',
      'rowsProcessed',
      'errorCount',
      'summary',
      'createdAt',
      'updatedAt',
      'finishedAt',
    ])
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .limit(input.limit);
  if (input.createdBy !== null) query = query.where('createdBy', '=', input.createdBy);
  return query.execute();
}

/** Marks imports that stopped reporting before `staleBefore` as failed (their process ended). */
export async function failAbandonedImports(
  db: Db,
  input: { staleBefore: Date; message: string; now: Date },
): Promise<void> {
  await db
    .updateTable('rosterImports')
    .set({
      status: 'failed',
      errorCount: 1,
      errors: JSON.stringify([{ line: null, field: null, message: input.message }]),
      updatedAt: input.now,
      finishedAt: input.now,
    })
    .where('status', 'in', ['validating', 'writing'])
    .where('updatedAt', '<', input.staleBefore)
    .execute();
}
