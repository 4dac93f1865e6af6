import type { Locale, PlanState } from '@kinerja/domain';
import { notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { approvedText } from '../notifications/notification-texts.js';
import { approvalEffectQueries } from './plan-effects.js';
import type { PlanScope } from '../plan-context/plan-scope.js';
import {
  planAuditInsert,
  deciderName,
  runPlanWrite,
  type PlanStep,
} from '../plan-context/plan-transaction.js';
import { storedStatus } from './plans.repository.js';
import {
  expectationTexts,
  mergeExpectations,
  type ExpectationsInput,
} from './supervisor-expectations.js';

/** A "Setujui" request; `schoolId` restricts it to one school's plans (bulk approval). */
export type ApproveInput = {
  planId: string;
  personId: string;
  version?: number | undefined;
  supervisorExpectations?: ExpectationsInput | undefined;
  schoolId?: string;
  requestId: string;
  locale: Locale;
  onScope?: ((scope: PlanScope) => void) | undefined;
  onWritten?: ((scope: PlanScope) => void) | undefined;
};

/** Stores the approval on the plan row, with the expectations written at the same time. */
function storeApproval(step: PlanStep, input: ApproveInput) {
  const { scope, next, now } = step;
  const { row, resolution } = scope;
  const incoming = input.supervisorExpectations;
  const expectations = incoming
    ? mergeExpectations({ stored: scope.expectations, incoming, writtenBy: input.personId, now })
    : scope.expectations;
  const basis = resolution.approval === 'blocked' ? null : resolution.basis;
  step.writePlan({
    status: storedStatus(next.state),
    supervisorExpectations: expectations,
    approvalBasis: basis,
    approvedBy: input.personId,
    approvedAt: now,
    version: row.version + 1,
    updatedAt: now,
  });
  return { expectations, basis };
}

/** "Setujui": the supervisor approves a submitted plan, with the expectations written (domain.md §3.3). */
export async function approvePlan(ctx: AppContext, input: ApproveInput): Promise<PlanState> {
  const guard = (scope: PlanScope) => {
    if (input.schoolId && scope.row.schoolId !== input.schoolId) {
      throw notFound('Perencanaan Kinerja tidak ditemukan di sekolah ini.');
    }
  };
  const command = { type: 'approve' } as const;
  const write = { ...input, action: 'plan.approve', role: 'supervisor', command, guard } as const;
  return runPlanWrite(ctx, write, async (step) => {
    const { trx, scope, next, now } = step;
    const { expectations, basis } = storeApproval(step, input);
    const notification = approvedText(
      deciderName(scope, 'atasan Anda'),
      scope.employee.periodLabel,
    );
    const versionNumber = scope.row.submissionCount;
    const decision = { versionNumber, decision: 'approved', decidedBy: input.personId } as const;
    const effects = { scope, ...decision, basis, expectations, notification, now };
    approvalEffectQueries(trx, effects).forEach(step.send);
    const after = {
      version: scope.row.version + 1,
      status: next.state,
      expectations: expectationTexts(expectations),
    };
    const audit = { scope, actorId: input.personId, action: 'plan.approve', after };
    step.send(planAuditInsert(trx, { ...audit, requestId: input.requestId }));
    return next.state;
  });
}
