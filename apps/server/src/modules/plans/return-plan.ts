import { applyPlanCommand, type Locale, type PlanState } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { returnedText } from '../notifications/notification-texts.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { PlanVersionConflict, refusalError } from './plan-errors.js';
import { commandContext, loadPlanScope, planRecord, requireScope } from './plan-scope.js';
import { insertPlanDecision, updatePlan, storedStatus } from './plans.repository.js';
import { expectationTexts } from './supervisor-expectations.js';

/**
 * "Kembalikan": the supervisor returns a submitted plan with a note; the employee revises and
 * submits again, and the decision stays in the history (domain.md §3.10 [I] return path).
 */
export async function returnPlan(
  ctx: AppContext,
  input: { planId: string; personId: string; note: string; version?: number | undefined; requestId: string; locale: Locale },
): Promise<PlanState> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const scope = await loadPlanScope(trx, { ...input, now, forUpdate: true });
    const { row } = scope;
    requireScope(scope, 'plan.return', input.locale);
    if (input.version !== undefined && input.version !== row.version) {
      throw new PlanVersionConflict(row.id);
    }
    const result = applyPlanCommand({
      plan: planRecord(scope),
      command: { type: 'return', note: input.note },
      role: 'supervisor',
      context: commandContext(scope),
    });
    if (!result.ok) throw refusalError(result, input.locale);
    await updatePlan(trx, row.id, {
      status: storedStatus(result.plan.state),
      returnNote: result.plan.returnNote,
      version: row.version + 1,
      updatedAt: now,
    });
    await insertPlanDecision(trx, {
      planId: row.id,
      versionNumber: row.submissionCount,
      provinceCode: row.provinceCode,
      decision: 'returned',
      basis: scope.resolution.approval === 'blocked' ? null : scope.resolution.basis,
      note: input.note,
      supervisorExpectations: expectationTexts(scope.expectations),
      decidedBy: input.personId,
      decidedAt: now,
    });
    const approverName = scope.actor.personId === scope.employee.headId ? scope.employee.headName : scope.employee.assessorName;
    await insertNotification(trx, {
      ...returnedText(approverName ?? 'Atasan Anda', input.note),
      recipientId: row.employeeId,
      planId: row.id,
      periodId: row.periodId,
    });
    await writeAudit(trx, {
      actorId: input.personId,
      action: 'plan.return',
      entityType: 'plan',
      entityId: row.id,
      before: { version: row.version, status: row.status },
      after: { version: row.version + 1, status: storedStatus(result.plan.state), note: input.note },
      requestId: input.requestId,
    });
    return result.plan.state;
  });
}
