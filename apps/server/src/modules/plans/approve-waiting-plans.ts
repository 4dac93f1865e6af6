import { writeAudit } from '../../lib/audit.js';
import type { Db } from '../../db/database.js';
import { autoApprovedText } from '../notifications/notification-texts.js';
import { writeApprovalEffects } from './plan-effects.js';
import { loadPlanScope } from '../plan-context/plan-scope.js';
import { updatePlan } from './plans.repository.js';

/**
 * Teachers' plans submitted while their school had no atasan, approved by the system once the
 * school has a Plt (a Plt school approves automatically — domain.md §1.2): the same decision,
 * notification and e-Kinerja outbox row as an approval on submission, in the caller's transaction.
 * Without this such a plan stayed "Perlu disetujui" with nobody able to approve it (issue #11
 * item 9). Returns how many plans were approved.
 */
export async function approveWaitingPlansOfActingSchools(
  trx: Db,
  options: { periodId: string; schoolIds: readonly string[]; actorId: string | null; now: Date },
): Promise<number> {
  if (options.schoolIds.length === 0) return 0;
  const waiting = await trx
    .selectFrom('plans')
    .select(['id', 'employeeId'])
    .where('periodId', '=', options.periodId)
    .where('schoolId', 'in', [...options.schoolIds])
    .where('employeeKind', '=', 'teacher')
    .where('status', '=', 'submitted')
    .orderBy('id')
    .execute();
  let approved = 0;
  for (const plan of waiting) {
    // Read as the employee (who may always read their own plan), locked for the update.
    const scope = await loadPlanScope(trx, {
      planId: plan.id,
      personId: plan.employeeId,
      now: options.now,
      forUpdate: true,
    });
    const { row, resolution, employee } = scope;
    if (resolution.approval !== 'automatic') continue;
    await updatePlan(trx, row.id, {
      status: 'approved',
      version: row.version + 1,
      updatedAt: options.now,
      approvalBasis: resolution.basis,
      approvedBy: null,
      approvedAt: options.now,
    });
    await writeApprovalEffects(trx, {
      scope,
      versionNumber: row.submissionCount,
      decision: 'auto_approved',
      decidedBy: null,
      basis: resolution.basis,
      expectations: scope.expectations,
      notification: autoApprovedText({ actingPrincipalName: employee.headName }),
      now: options.now,
    });
    await writeAudit(trx, {
      at: options.now,
      actorId: options.actorId,
      action: 'plan.auto_approve_waiting',
      entityType: 'plan',
      entityId: row.id,
      before: { version: row.version, status: row.status },
      after: { status: 'approved', basis: resolution.basis },
    });
    approved += 1;
  }
  return approved;
}
