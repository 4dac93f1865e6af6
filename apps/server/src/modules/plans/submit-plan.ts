import { applyPlanCommand, type Locale, type PlanState } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import {
  autoApprovedText,
  blockedText,
  submittedText,
} from '../notifications/notification-texts.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { writeApprovalEffects } from './plan-effects.js';
import { PlanVersionConflict, refusalError } from './plan-errors.js';
import {
  commandContext,
  loadPlanScope,
  planRecord,
  requireOpen,
  requireScope,
  type PlanScope,
} from './plan-scope.js';
import { insertPlanVersion, updatePlan, storedStatus } from './plans.repository.js';

// Definitive KS → "Perlu disetujui" for them; Plt / 2026 principal → approved by the system;
// nobody → stays submitted and the employee learns what to fix (domain.md §1.2, §3.3).
async function notifyAfterSubmit(trx: Db, scope: PlanScope, number: number, now: Date) {
  const { row, employee, resolution } = scope;
  if (resolution.approval === 'automatic') {
    const isActing = resolution.basis === 'acting_principal';
    await writeApprovalEffects(trx, {
      scope,
      versionNumber: number,
      decision: 'auto_approved',
      decidedBy: null,
      basis: resolution.basis,
      expectations: scope.expectations,
      notification: autoApprovedText({ actingPrincipalName: isActing ? employee.headName : null }),
      now,
    });
    return;
  }
  const base = { planId: row.id, periodId: row.periodId };
  if (resolution.approval === 'manual') {
    const text = submittedText(employee.employeeName, employee.periodLabel);
    await insertNotification(trx, { ...text, ...base, recipientId: resolution.approverId });
  } else {
    await insertNotification(trx, { ...blockedText(), ...base, recipientId: row.employeeId });
  }
}

/** "Ajukan": validates every tab, keeps the submitted version and routes it to the supervisor. */
export async function submitPlan(
  ctx: AppContext,
  input: { planId: string; personId: string; version?: number | undefined; requestId: string; locale: Locale },
): Promise<PlanState> {
  return ctx.db.transaction().execute(async (trx) => {
    const scope = await loadPlanScope(trx, { ...input, now: ctx.clock(), forUpdate: true });
    requireScope(scope, 'plan.submit', input.locale);
    const { row, resolution } = scope;
    if (input.version !== undefined && input.version !== row.version) {
      throw new PlanVersionConflict(row.id);
    }
    requireOpen(scope, 'submit', input.locale);
    const result = applyPlanCommand({
      plan: planRecord(scope),
      command: { type: 'submit' },
      role: 'employee',
      context: commandContext(scope),
    });
    if (!result.ok) throw refusalError(result, input.locale);
    const now = ctx.clock();
    const number = row.submissionCount + 1;
    await insertPlanVersion(trx, {
      planId: row.id,
      number,
      periodId: row.periodId,
      schoolId: row.schoolId,
      provinceCode: row.provinceCode,
      draft: scope.content,
      submittedBy: input.personId,
      submittedAt: now,
    });
    const isApproved = result.plan.state === 'approved';
    await updatePlan(trx, row.id, {
      status: storedStatus(result.plan.state),
      submittedAt: now,
      submissionCount: number,
      returnNote: result.plan.returnNote,
      version: row.version + 1,
      updatedAt: now,
      approvalBasis: isApproved && resolution.approval !== 'blocked' ? resolution.basis : null,
      approvedBy: null,
      approvedAt: isApproved ? now : null,
    });
    await notifyAfterSubmit(trx, scope, number, now);
    await writeAudit(trx, {
      actorId: input.personId,
      action: 'plan.submit',
      entityType: 'plan',
      entityId: row.id,
      before: { version: row.version, status: row.status },
      after: { version: row.version + 1, status: storedStatus(result.plan.state), submission: number, approval: resolution.approval },
      requestId: input.requestId,
    });
    return result.plan.state;
  });
}
