import type { Db } from '../../db/database.js';
import { insertNotification, type NewNotification } from '../notifications/notifications.repository.js';
import type { StoredExpectations } from './plan-content.js';
import type { PlanScope } from './plan-scope.js';
import { insertPlanDecision } from './plans.repository.js';
import { expectationTexts } from './supervisor-expectations.js';

/**
 * What an approval writes besides the plan row, in the same transaction: the decision (history),
 * the employee's notification and the outbox row that later syncs the SKP to e-Kinerja
 * (architecture.md §3; domain.md §6.4: an approved SKP flows to e-Kinerja).
 */
export async function writeApprovalEffects(
  trx: Db,
  options: {
    scope: PlanScope;
    versionNumber: number;
    decision: 'approved' | 'auto_approved';
    decidedBy: string | null;
    basis: string | null;
    expectations: StoredExpectations;
    notification: Pick<NewNotification, 'kind' | 'title' | 'body'>;
    now: Date;
  },
): Promise<void> {
  const { scope, now } = options;
  const plan = scope.row;
  await insertPlanDecision(trx, {
    planId: plan.id,
    versionNumber: options.versionNumber,
    provinceCode: plan.provinceCode,
    decision: options.decision,
    basis: options.basis,
    note: null,
    supervisorExpectations: expectationTexts(options.expectations),
    decidedBy: options.decidedBy,
    decidedAt: now,
  });
  await insertNotification(trx, {
    ...options.notification,
    recipientId: plan.employeeId,
    planId: plan.id,
    periodId: plan.periodId,
  });
  await trx
    .insertInto('outbox')
    .values({
      topic: 'plan.approved',
      payload: JSON.stringify({
        planId: plan.id,
        periodId: plan.periodId,
        employeeId: plan.employeeId,
        versionNumber: options.versionNumber,
      }),
    })
    .execute();
}
