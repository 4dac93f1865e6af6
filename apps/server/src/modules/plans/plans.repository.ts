import type { EmployeeKind, PlanState } from '@kinerja/domain';
import { sql, type Selectable, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

/** A plan row; the JSON columns are read as text because the camel-case plugin would rename their keys. */
export type PlanRow = Omit<Selectable<DB['plans']>, 'draft' | 'supervisorExpectations'> & {
  draftText: string;
  expectationsText: string;
  approvedByName: string | null;
};

/** A stored plan status: every domain state except "not_started", which is the absence of a row. */
export type StoredStatus = DB['plans']['status'];

/** The stored status of a domain plan state after a command (never "not_started"). */
export function storedStatus(state: PlanState): StoredStatus {
  if (state === 'not_started') throw new Error('a stored plan is never "not_started"');
  return state;
}

/** Loads a plan row, locking it for the rest of the transaction when asked. */
export async function findPlanRow(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<PlanRow | undefined> {
  let query = db
    .selectFrom('plans as p')
    .selectAll('p')
    .select([
      sql<string>`p.draft::text`.as('draftText'),
      sql<string>`p.supervisor_expectations::text`.as('expectationsText'),
      (eb) =>
        eb
          .selectFrom('people as a')
          .select('a.name')
          .whereRef('a.id', '=', 'p.approvedBy')
          .as('approvedByName'),
    ])
    .where('p.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('p');
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const { draft: _draft, supervisorExpectations: _expectations, ...rest } = row;
  return rest;
}

/** The id of an employee's plan of a kind in a period. */
export async function findPlanId(
  db: Db,
  key: { periodId: string; employeeId: string; kind: EmployeeKind },
): Promise<string | undefined> {
  const row = await db
    .selectFrom('plans')
    .select('id')
    .where('periodId', '=', key.periodId)
    .where('employeeId', '=', key.employeeId)
    .where('employeeKind', '=', key.kind)
    .executeTakeFirst();
  return row?.id;
}

/** Inserts a new plan; undefined when one exists already ("Mulai" twice). */
export async function insertPlan(
  trx: Db,
  values: {
    periodId: string;
    employeeId: string;
    employeeKind: EmployeeKind;
    schoolId: string;
    provinceCode: string;
    regencyCode: string;
    draft: unknown;
    /** The newest catalogue revision of the period: what the plan reads by (issue 13 item 3). */
    catalogueRevision: number;
    now: Date;
  },
): Promise<string | undefined> {
  const { draft, now, ...rest } = values;
  const row = await trx
    .insertInto('plans')
    .values({
      ...rest,
      status: 'draft',
      draft: JSON.stringify(draft),
      createdAt: now,
      updatedAt: now,
    })
    .onConflict((oc) => oc.columns(['periodId', 'employeeId', 'employeeKind']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Fields a use case may change on a plan; JSON fields are given as values. */
export type PlanPatch = Omit<Updateable<DB['plans']>, 'draft' | 'supervisorExpectations'> & {
  draft?: unknown;
  supervisorExpectations?: unknown;
};

/** The update of a plan, for a caller sending it with other writes (issue 15). */
export function planUpdate(trx: Db, id: string, patch: PlanPatch) {
  const { draft, supervisorExpectations, ...rest } = patch;
  return trx
    .updateTable('plans')
    .set({
      ...rest,
      ...(draft === undefined ? {} : { draft: JSON.stringify(draft) }),
      ...(supervisorExpectations === undefined
        ? {}
        : { supervisorExpectations: JSON.stringify(supervisorExpectations) }),
    })
    .where('id', '=', id);
}

/** Updates a plan (inside the caller's transaction). */
export async function updatePlan(trx: Db, id: string, patch: PlanPatch): Promise<void> {
  await planUpdate(trx, id, patch).execute();
}

/** The insert of a plan's submitted snapshot. */
export function planVersionInsert(
  trx: Db,
  values: {
    planId: string;
    number: number;
    periodId: string;
    schoolId: string;
    provinceCode: string;
    draft: unknown;
    submittedBy: string;
    submittedAt: Date;
  },
) {
  return trx.insertInto('planVersions').values({ ...values, draft: JSON.stringify(values.draft) });
}

/** The insert of a decision on a submission, kept in the plan's history. */
export function planDecisionInsert(
  trx: Db,
  values: {
    planId: string;
    versionNumber: number;
    provinceCode: string;
    decision: 'approved' | 'returned' | 'auto_approved';
    basis: string | null;
    note: string | null;
    supervisorExpectations: unknown;
    decidedBy: string | null;
    decidedAt: Date;
  },
) {
  return trx
    .insertInto('planDecisions')
    .values({ ...values, supervisorExpectations: JSON.stringify(values.supervisorExpectations) });
}
