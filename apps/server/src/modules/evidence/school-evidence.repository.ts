import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** An approved teacher plan of a school with its content (JSON text) — for expected slots. */
export type ApprovedPlanRow = {
  planId: string;
  employeeId: string;
  draftText: string;
  isChangedByEmployee: boolean;
  /** The catalogue revision the plan reads by (null: the newest). */
  catalogueRevision: number | null;
};

/** A slot's state in the school overview. */
export type SchoolSlotRow = {
  planId: string;
  kind: 'competency_evidence' | 'additional_duty_evidence';
  code: string;
  instance: number;
  state: 'empty' | 'draft' | 'collected';
  collectedAt: Date | null;
};

/** How often and when an employee last changed RHKs. */
export type ChangeCountRow = { planId: string; changeCount: number; lastChangedAt: Date };

type Key = { schoolId: string; periodId: string };

/** Approved teacher plans of a school in a period (keyed by (period, school)). */
export async function listApprovedTeacherPlans(db: Db, key: Key): Promise<ApprovedPlanRow[]> {
  const result = await sql<ApprovedPlanRow>`
    select id as plan_id, employee_id, draft::text as draft_text, is_changed_by_employee,
           catalogue_revision
      from plans
     where period_id = ${key.periodId} and school_id = ${key.schoolId}
       and employee_kind = 'teacher' and status = 'approved'`.execute(db);
  return result.rows;
}

/** The current (not superseded) slots of a school's plans in a period. */
export async function listSchoolSlots(db: Db, key: Key): Promise<SchoolSlotRow[]> {
  return db
    .selectFrom('evidenceSlots')
    .select(['planId', 'kind', 'code', 'instance', 'state', 'collectedAt'])
    .where('periodId', '=', key.periodId)
    .where('schoolId', '=', key.schoolId)
    .where('supersededAt', 'is', null)
    .execute();
}

/** RHK changes per plan of a school in a period. */
export async function countSchoolChanges(db: Db, key: Key): Promise<ChangeCountRow[]> {
  const result = await sql<ChangeCountRow>`
    select plan_id, count(*)::int as change_count, max(changed_at) as last_changed_at
      from rhk_changes
     where period_id = ${key.periodId} and school_id = ${key.schoolId}
     group by plan_id`.execute(db);
  return result.rows;
}
