import type { RhkChangeRequest } from '@kinerja/contract';
import {
  diffRhkChange,
  evidenceSlotKey,
  evidenceSlotsOf,
  type Locale,
  type PlanDraft,
  type RhkChange,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { enqueueSkpChange } from '../e-kinerja/enqueue-facts.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { supervisorIdOf } from '../evidence/evidence-notifications.js';
import { slotKeysOf } from '../evidence/evidence-scope.js';
import { insertMissingSlots, listPlanSlots } from '../evidence/evidence-slots.repository.js';
import { domainDraft, type PlanScope } from '../plan-context/plan-scope.js';
import { auditPlan, runPlanWrite } from '../plan-context/plan-transaction.js';
import { updatePlan } from '../plans/plans.repository.js';
import type { AppContext } from '../../lib/context.js';
import {
  insertRhkChange,
  supersedeSlots,
  updateDutySlotReferences,
  type RhkSelection,
} from './rhk-change.repository.js';

const selectionOf = (draft: Pick<PlanDraft, 'competencyRhkCodes' | 'additionalDuties'>) => ({
  competencyRhkCodes: [...draft.competencyRhkCodes],
  additionalDuties: draft.additionalDuties.map((duty) => ({ ...duty })),
});

async function notifySupervisor(trx: Db, scope: PlanScope, changeCount: number) {
  const recipientId = supervisorIdOf(scope);
  if (!recipientId) return;
  await insertNotification(trx, {
    createdAt: scope.now,
    recipientId,
    kind: 'rhk_changed',
    title: 'Rencana Hasil Kerja diubah oleh pegawai',
    body: `${scope.employee.employeeName} mengubah ${changeCount} Rencana Hasil Kerja pada periode ${scope.employee.periodLabel}. Buka rencananya untuk melihat perubahan (lama dan baru).`,
    planId: scope.row.id,
    periodId: scope.row.periodId,
  });
}

/**
 * "Ubah Rencana Hasil Kerja" (2024): after "Sudah diskusi", before the assessment window, the new
 * competency set ≥ 32 points and every additional duty with its SK (domain rules). The plan takes
 * the new selection and the "DIUBAH OLEH ANDA" flag; superseded slots and their evidence stay as
 * history; new slots appear; the change, its audit row, the supervisor's notification and the
 * changed SKP for e-Kinerja commit together (domain.md §3.4, §6.4, architecture.md §3).
 */
export async function changeRhk(
  ctx: AppContext,
  input: RhkChangeRequest & { planId: string; personId: string; locale: Locale; requestId: string },
): Promise<void> {
  const change: RhkChange = {
    ...(input.competencyRhkCodes ? { competencyRhkCodes: input.competencyRhkCodes } : {}),
    ...(input.additionalDuties ? { additionalDuties: input.additionalDuties } : {}),
  };
  const write = {
    planId: input.planId,
    personId: input.personId,
    locale: input.locale,
    action: 'plan.change_rhk',
    role: 'employee',
    version: input.planVersion,
    command: { type: 'change_rhk', change, isDiscussionConfirmed: input.discussed },
  } as const;
  await runPlanWrite(ctx, write, async ({ trx, scope, next, now }) => {
    const before: RhkSelection = selectionOf(scope.content);
    const after: RhkSelection = selectionOf(next.draft);
    const diff = diffRhkChange({ ...next.draft, ...before }, next.draft);
    await updatePlan(trx, scope.row.id, {
      draft: { ...scope.content, ...after },
      isChangedByEmployee: true,
      version: scope.row.version + 1,
      updatedAt: now,
    });
    const changeId = await insertRhkChange(trx, {
      planId: scope.row.id,
      periodId: scope.row.periodId,
      schoolId: scope.row.schoolId,
      provinceCode: scope.row.provinceCode,
      employeeId: scope.row.employeeId,
      before,
      after,
      diff,
      discussedAt: now,
      changedAt: now,
    });
    // Slots of the approved selection first (unflagged), so only new ones carry the mark.
    await insertMissingSlots(trx, {
      keys: slotKeysOf(scope),
      specs: evidenceSlotsOf({ draft: domainDraft(scope), ruleSet: scope.ruleSet }),
      existing: await listPlanSlots(trx, scope.row.id),
      now,
    });
    // The slots of removed activity instances: the highest-numbered beyond the new count (§4.5).
    const planned = new Set(
      evidenceSlotsOf({ draft: next.draft, ruleSet: scope.ruleSet }).map(evidenceSlotKey),
    );
    const unplanned = (await listPlanSlots(trx, scope.row.id)).filter(
      (slot) =>
        slot.kind === 'competency_evidence' &&
        slot.supersededAt === null &&
        !planned.has(evidenceSlotKey(slot)),
    );
    const superseded = await supersedeSlots(trx, {
      planId: scope.row.id,
      changeId,
      competencySlotIds: unplanned.map((slot) => slot.id),
      dutyCodes: diff.additionalDuties.removed.map((duty) => duty.code),
      now,
    });
    await updateDutySlotReferences(trx, {
      planId: scope.row.id,
      duties: next.draft.additionalDuties,
      now,
    });
    await insertMissingSlots(trx, {
      keys: slotKeysOf(scope),
      specs: evidenceSlotsOf({ draft: next.draft, ruleSet: scope.ruleSet }),
      existing: await listPlanSlots(trx, scope.row.id),
      now,
      change: { id: changeId },
    });
    const changed =
      diff.competency.added.length +
      diff.competency.removed.length +
      diff.additionalDuties.added.length +
      diff.additionalDuties.removed.length +
      diff.additionalDuties.referenceChanged.length;
    await notifySupervisor(trx, scope, changed);
    await enqueueSkpChange(trx, {
      planId: scope.row.id,
      periodId: scope.row.periodId,
      employeeId: scope.row.employeeId,
      versionNumber: scope.row.submissionCount,
      changeId,
      now,
    });
    await auditPlan(trx, {
      scope,
      actorId: input.personId,
      action: 'plan.change_rhk',
      after: { version: scope.row.version + 1, changeId, diff, supersededSlotIds: superseded },
      requestId: input.requestId,
    });
  });
}
