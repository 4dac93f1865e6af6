import { applyPlanCommand, type Locale, type PlanState } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { notFound } from '../../lib/app-error.js';
import { approvedText } from '../notifications/notification-texts.js';
import { writeApprovalEffects } from './plan-effects.js';
import { PlanVersionConflict, refusalError } from './plan-errors.js';
import { commandContext, loadPlanScope, planRecord, requireScope } from './plan-scope.js';
import { updatePlan, storedStatus } from './plans.repository.js';
import { expectationTexts, mergeExpectations, type ExpectationsInput } from './supervisor-expectations.js';

/** A "Setujui" request; `schoolId` restricts it to one school's plans (bulk approval). */
export type ApproveInput = {
  planId: string;
  personId: string;
  version?: number | undefined;
  supervisorExpectations?: ExpectationsInput | undefined;
  schoolId?: string;
  requestId: string;
  locale: Locale;
};

/** "Setujui": the supervisor approves a submitted plan, with the expectations written (domain.md §3.3). */
export async function approvePlan(ctx: AppContext, input: ApproveInput): Promise<PlanState> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const scope = await loadPlanScope(trx, { ...input, now, forUpdate: true });
    const { row, resolution } = scope;
    if (input.schoolId && row.schoolId !== input.schoolId) {
      throw notFound('Perencanaan Kinerja tidak ditemukan di sekolah ini.');
    }
    requireScope(scope, 'plan.approve', input.locale);
    if (input.version !== undefined && input.version !== row.version) {
      throw new PlanVersionConflict(row.id);
    }
    const result = applyPlanCommand({
      plan: planRecord(scope),
      command: { type: 'approve' },
      role: 'supervisor',
      context: commandContext(scope),
    });
    if (!result.ok) throw refusalError(result, input.locale);
    const expectations = input.supervisorExpectations
      ? mergeExpectations({ stored: scope.expectations, incoming: input.supervisorExpectations, writtenBy: input.personId, now })
      : scope.expectations;
    const basis = resolution.approval === 'blocked' ? null : resolution.basis;
    await updatePlan(trx, row.id, {
      status: storedStatus(result.plan.state),
      supervisorExpectations: expectations,
      approvalBasis: basis,
      approvedBy: input.personId,
      approvedAt: now,
      version: row.version + 1,
      updatedAt: now,
    });
    const approverName = scope.actor.personId === scope.employee.headId ? scope.employee.headName : scope.employee.assessorName;
    await writeApprovalEffects(trx, {
      scope,
      versionNumber: row.submissionCount,
      decision: 'approved',
      decidedBy: input.personId,
      basis,
      expectations,
      notification: approvedText(approverName ?? 'atasan Anda', scope.employee.periodLabel),
      now,
    });
    await writeAudit(trx, {
      actorId: input.personId,
      action: 'plan.approve',
      entityType: 'plan',
      entityId: row.id,
      before: { version: row.version, status: row.status },
      after: { version: row.version + 1, status: storedStatus(result.plan.state), expectations: expectationTexts(expectations) },
      requestId: input.requestId,
    });
    return result.plan.state;
  });
}
