import type { AdditionalDutyChoice, RhkChangeDiff } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** The sections an RHK change touches, as stored before and after. */
export type RhkSelection = {
  competencyRhkCodes: string[];
  additionalDuties: AdditionalDutyChoice[];
};

/** A stored RHK change with who made it; JSON columns read as text (camel-case plugin). */
export type RhkChangeRow = {
  id: string;
  planId: string;
  employeeId: string;
  employeeName: string;
  before: RhkSelection;
  after: RhkSelection;
  diff: RhkChangeDiff;
  discussedAt: Date;
  changedAt: Date;
  supersededSlotIds: string[];
};

/** Records a change (inside the caller's transaction) and returns its id. */
export async function insertRhkChange(
  trx: Db,
  values: {
    planId: string;
    periodId: string;
    schoolId: string;
    provinceCode: string;
    employeeId: string;
    before: RhkSelection;
    after: RhkSelection;
    diff: RhkChangeDiff;
    discussedAt: Date;
    changedAt: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('rhkChanges')
    .values({
      ...values,
      before: JSON.stringify(values.before),
      after: JSON.stringify(values.after),
      diff: JSON.stringify(values.diff),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Marks the current slots of removed RHKs and duties as superseded by a change: kept with their
 * evidence as history, no longer counting (architecture.md §3; the official system deletes them).
 */
export async function supersedeSlots(
  trx: Db,
  options: {
    planId: string;
    changeId: string;
    /** Current competency slots no longer planned (an activity planned fewer times — §4.5). */
    competencySlotIds: readonly string[];
    dutyCodes: readonly string[];
    now: Date;
  },
): Promise<string[]> {
  const { competencySlotIds, dutyCodes } = options;
  if (competencySlotIds.length === 0 && dutyCodes.length === 0) return [];
  const rows = await trx
    .updateTable('evidenceSlots')
    .set((eb) => ({
      supersededAt: options.now,
      supersededByChange: options.changeId,
      updatedAt: options.now,
      version: eb('version', '+', 1),
    }))
    .where('planId', '=', options.planId)
    .where('supersededAt', 'is', null)
    .where((eb) =>
      eb.or([
        ...(competencySlotIds.length > 0
          ? [
              eb.and([
                eb('kind', '=', 'competency_evidence'),
                eb('id', 'in', [...competencySlotIds]),
              ]),
            ]
          : []),
        ...(dutyCodes.length > 0
          ? [eb.and([eb('kind', '=', 'additional_duty_evidence'), eb('code', 'in', dutyCodes)])]
          : []),
      ]),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Keeps the SK reference shown on the current duty slots in step with the plan. */
export async function updateDutySlotReferences(
  trx: Db,
  options: { planId: string; duties: readonly AdditionalDutyChoice[]; now: Date },
): Promise<void> {
  for (const duty of options.duties) {
    await trx
      .updateTable('evidenceSlots')
      .set({ skReference: duty.skReference, updatedAt: options.now })
      .where('planId', '=', options.planId)
      .where('kind', '=', 'additional_duty_evidence')
      .where('code', '=', duty.code)
      .where('supersededAt', 'is', null)
      .where('skReference', 'is distinct from', duty.skReference)
      .execute();
  }
}

/** Every change of a plan, oldest first, with the slots it superseded. */
export async function listRhkChanges(db: Db, planId: string): Promise<RhkChangeRow[]> {
  const result = await sql<
    Omit<RhkChangeRow, 'before' | 'after' | 'diff'> & {
      beforeText: string;
      afterText: string;
      diffText: string;
    }
  >`
    select c.id, c.plan_id, c.employee_id, p.name as employee_name,
           c.before::text as before_text, c.after::text as after_text, c.diff::text as diff_text,
           c.discussed_at, c.changed_at,
           coalesce((select json_agg(s.id order by s.created_at) from evidence_slots s
                      where s.superseded_by_change = c.id), '[]'::json) as superseded_slot_ids
      from rhk_changes c
      join people p on p.id = c.employee_id
     where c.plan_id = ${planId}
     order by c.changed_at, c.id`.execute(db);
  return result.rows.map(({ beforeText, afterText, diffText, ...row }) => ({
    ...row,
    discussedAt: new Date(row.discussedAt),
    changedAt: new Date(row.changedAt),
    before: JSON.parse(beforeText) as RhkSelection,
    after: JSON.parse(afterText) as RhkSelection,
    diff: JSON.parse(diffText) as RhkChangeDiff,
  }));
}
