import type { PracticeRecord } from '@kinerja/domain';
import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

/** A practice cycle row; `record` is read as text so the camel-case plugin keeps item codes intact. */
export type PracticeCycleRow = Omit<Selectable<DB['practiceCycles']>, 'record'> & {
  record: PracticeRecord;
};

/** The cycle of a plan, locking it for the transaction when asked; undefined before the first write. */
export async function findPracticeCycle(
  db: Db,
  planId: string,
  options: { forUpdate?: boolean } = {},
): Promise<PracticeCycleRow | undefined> {
  let query = db
    .selectFrom('practiceCycles as c')
    .select([
      'c.id',
      'c.planId',
      'c.periodId',
      'c.employeeId',
      'c.employeeKind',
      'c.schoolId',
      'c.provinceCode',
      'c.state',
      'c.version',
      'c.modulAjarHash',
      'c.modulAjarName',
      'c.modulAjarSize',
      'c.modulAjarUploadedAt',
      'c.modulAjarUploadedBy',
      'c.createdAt',
      'c.updatedAt',
      sql<string>`c.record::text`.as('recordText'),
    ])
    .where('c.planId', '=', planId);
  if (options.forUpdate) query = query.forUpdate('c');
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const { recordText, ...rest } = row;
  return { ...rest, record: JSON.parse(recordText) as PracticeRecord };
}

/** The plan facts a new cycle row repeats for its indexes. */
export type CycleOwner = {
  planId: string;
  periodId: string;
  employeeId: string;
  employeeKind: 'teacher' | 'principal';
  schoolId: string;
  provinceCode: string;
};

/** Stores a cycle's record under a new version (inserting the row on the first write); returns its id. */
export async function storePracticeCycle(
  trx: Db,
  values: { owner: CycleOwner; record: PracticeRecord; version: number; now: Date },
): Promise<string> {
  const { owner, record, version, now } = values;
  const recordJson = JSON.stringify(record);
  const row = await trx
    .insertInto('practiceCycles')
    .values({
      ...owner,
      state: record.state,
      record: recordJson,
      version,
      createdAt: now,
      updatedAt: now,
    })
    .onConflict((oc) =>
      oc
        .column('planId')
        .doUpdateSet({ state: record.state, record: recordJson, version, updatedAt: now }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Sets (or clears, with null) the Modul Ajar of a cycle and bumps its version. */
export async function storeModulAjar(
  trx: Db,
  values: {
    planId: string;
    file: { hash: string; name: string; size: number } | null;
    uploadedBy: string;
    version: number;
    now: Date;
  },
): Promise<void> {
  const { file, now } = values;
  await trx
    .updateTable('practiceCycles')
    .set({
      modulAjarHash: file?.hash ?? null,
      modulAjarName: file?.name ?? null,
      modulAjarSize: file?.size ?? null,
      modulAjarUploadedAt: file ? now : null,
      modulAjarUploadedBy: file ? values.uploadedBy : null,
      version: values.version,
      updatedAt: now,
    })
    .where('planId', '=', values.planId)
    .execute();
}

/** People's names and whether each is a pengawas of some school, in one query. */
export async function findPeople(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { name: string; isPengawas: boolean }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('people as p')
    .select([
      'p.id',
      'p.name',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('pengawasSchools as ps')
              .select('ps.personId')
              .whereRef('ps.personId', '=', 'p.id'),
          )
          .as('isPengawas'),
    ])
    .where('p.id', 'in', unique)
    .execute();
  return new Map(
    rows.map((row) => [row.id, { name: row.name, isPengawas: Boolean(row.isPengawas) }]),
  );
}
