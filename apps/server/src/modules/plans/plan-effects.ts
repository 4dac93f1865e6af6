import type { Db } from '../../db/database.js';
import {
  notificationInsert,
  type NewNotification,
} from '../notifications/notifications.repository.js';
import type { WriteQuery } from '../plan-context/write-batch.js';
import type { StoredExpectations } from './plan-content.js';
import type { PlanScope } from '../plan-context/plan-scope.js';
import { planDecisionInsert } from './plans.repository.js';
import { expectationTexts } from './supervisor-expectations.js';

/** An approval to record: manual by the supervisor, or automatic by the system. */
export type ApprovalEffects = {
  scope: PlanScope;
  versionNumber: number;
  decision: 'approved' | 'auto_approved';
  decidedBy: string | null;
  basis: string | null;
  expectations: StoredExpectations;
  notification: Pick<NewNotification, 'kind' | 'title' | 'body'>;
  now: Date;
};

/** The outbox row that later syncs the approved SKP to e-Kinerja (domain.md §6.4). */
function syncInsert(trx: Db, options: ApprovalEffects): WriteQuery {
  const { row } = options.scope;
  const payload = {
    planId: row.id,
    periodId: row.periodId,
    employeeId: row.employeeId,
    versionNumber: options.versionNumber,
  };
  return trx.insertInto('outbox').values({
    topic: 'plan.approved',
    payload: JSON.stringify(payload),
    createdAt: options.now,
    availableAt: options.now,
  });
}

/**
 * What an approval writes besides the plan row, in the same transaction: the decision (history),
 * the employee's notification and the outbox row (architecture.md §3).
 */
export function approvalEffectQueries(trx: Db, options: ApprovalEffects): WriteQuery[] {
  const { scope, now } = options;
  const plan = scope.row;
  const decision = planDecisionInsert(trx, {
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
  const target = { recipientId: plan.employeeId, planId: plan.id, periodId: plan.periodId };
  const notification = { createdAt: now, ...options.notification, ...target };
  return [decision, notificationInsert(trx, notification), syncInsert(trx, options)];
}

/** Writes the approval effects one after the other (the bulk approval of waiting plans). */
export async function writeApprovalEffects(trx: Db, options: ApprovalEffects): Promise<void> {
  for (const query of approvalEffectQueries(trx, options)) await query.execute();
}
