import type { Locale, PlanState } from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import { returnedText } from '../notifications/notification-texts.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import type { PlanScope } from '../plan-context/plan-scope.js';
import {
  auditPlan,
  deciderName,
  runPlanWrite,
  type PlanStep,
} from '../plan-context/plan-transaction.js';
import { insertPlanDecision, storedStatus, updatePlan } from './plans.repository.js';
import { expectationTexts } from './supervisor-expectations.js';

type ReturnInput = {
  planId: string;
  personId: string;
  note: string;
  version?: number | undefined;
  requestId: string;
  locale: Locale;
  onScope?: ((scope: PlanScope) => void) | undefined;
};

/** The returned state on the plan row and the decision kept in its history. */
async function storeReturn(step: PlanStep, input: ReturnInput): Promise<void> {
  const { trx, scope, next, now } = step;
  const { row, resolution } = scope;
  const status = storedStatus(next.state);
  await updatePlan(trx, row.id, {
    status,
    returnNote: next.returnNote,
    version: row.version + 1,
    updatedAt: now,
  });
  await insertPlanDecision(trx, {
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
    await storeReturn(step, input);
    const { row } = scope;
    const text = returnedText(deciderName(scope, 'Atasan Anda'), input.note);
    await insertNotification(trx, {
      createdAt: ctx.clock(),
      ...text,
      recipientId: row.employeeId,
      planId: row.id,
      periodId: row.periodId,
    });
    const after = { version: row.version + 1, status: next.state, note: input.note };
    const audit = { scope, actorId: input.personId, action: 'plan.return', after };
    await auditPlan(trx, { ...audit, requestId: input.requestId });
    return next.state;
  });
}
