import type { Locale, PlanState } from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import { returnedText } from '../notifications/notification-texts.js';
import { notificationInsert } from '../notifications/notifications.repository.js';
import type { PlanScope } from '../plan-context/plan-scope.js';
import {
  planAuditInsert,
  deciderName,
  runPlanWrite,
  type PlanStep,
} from '../plan-context/plan-transaction.js';
import { planDecisionInsert, storedStatus } from './plans.repository.js';
import { expectationTexts } from './supervisor-expectations.js';

type ReturnInput = {
  planId: string;
  personId: string;
  note: string;
  version?: number | undefined;
  requestId: string;
  locale: Locale;
  onScope?: ((scope: PlanScope) => void) | undefined;
  onWritten?: ((scope: PlanScope) => void) | undefined;
};

/** The returned state on the plan row and the decision kept in its history. */
function storeReturn(step: PlanStep, input: ReturnInput): void {
  const { trx, scope, next, now } = step;
  const { row, resolution } = scope;
  const status = storedStatus(next.state);
  step.writePlan({
    status,
    returnNote: next.returnNote,
    version: row.version + 1,
    updatedAt: now,
  });
  const decision = planDecisionInsert(trx, {
    planId: row.id,
    versionNumber: row.submissionCount,
    provinceCode: row.provinceCode,
    decision: 'returned',
    basis: resolution.approval === 'blocked' ? null : resolution.basis,
    note: input.note,
    supervisorExpectations: expectationTexts(scope.expectations),
    decidedBy: input.personId,
    decidedAt: now,
  });
  step.send(decision);
}

/**
 * "Kembalikan": the supervisor returns a submitted plan with a note; the employee revises and
 * submits again, and the decision stays in the history (domain.md §3.10 [I] return path).
 */
export async function returnPlan(ctx: AppContext, input: ReturnInput): Promise<PlanState> {
  const command = { type: 'return', note: input.note } as const;
  const write = { ...input, action: 'plan.return', role: 'supervisor', command } as const;
  return runPlanWrite(ctx, write, async (step) => {
    const { trx, scope, next } = step;
    storeReturn(step, input);
    const { row } = scope;
    const text = returnedText(deciderName(scope, 'Atasan Anda'), input.note);
    const target = { recipientId: row.employeeId, planId: row.id, periodId: row.periodId };
    step.send(notificationInsert(trx, { createdAt: ctx.clock(), ...text, ...target }));
    const after = { version: row.version + 1, status: next.state, note: input.note };
    const audit = { scope, actorId: input.personId, action: 'plan.return', after };
    step.send(planAuditInsert(trx, { ...audit, requestId: input.requestId }));
    return next.state;
  });
}
