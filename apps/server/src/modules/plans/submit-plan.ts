import type { Locale, PlanState } from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import {
  autoApprovedText,
  blockedText,
  submittedText,
} from '../notifications/notification-texts.js';
import { notificationInsert } from '../notifications/notifications.repository.js';
import { approvalEffectQueries } from './plan-effects.js';
import { requireOpen, type PlanScope } from '../plan-context/plan-scope.js';
import { planAuditInsert, runPlanWrite, type PlanStep } from '../plan-context/plan-transaction.js';
import { planVersionInsert, storedStatus } from './plans.repository.js';

// Definitive KS → "Perlu disetujui" for them; Plt / 2026 principal → approved by the system;
// nobody → stays submitted and the employee learns what to fix (domain.md §1.2, §3.3).
function routeSubmission(step: PlanStep, number: number) {
  const { trx, scope, now } = step;
  const { row, employee, resolution } = scope;
  const base = { planId: row.id, periodId: row.periodId };
  if (resolution.approval === 'automatic') {
    const acting = resolution.basis === 'acting_principal' ? employee.headName : null;
    const effects = approvalEffectQueries(trx, {
      scope,
      versionNumber: number,
      decision: 'auto_approved',
      decidedBy: null,
      basis: resolution.basis,
      expectations: scope.expectations,
      notification: autoApprovedText({ actingPrincipalName: acting }),
      now,
    });
    effects.forEach(step.send);
  } else if (resolution.approval === 'manual') {
    const text = submittedText(employee.employeeName, employee.periodLabel);
    const recipientId = resolution.approverId;
    step.send(notificationInsert(trx, { createdAt: now, ...text, ...base, recipientId }));
  } else {
    const text = blockedText();
    const recipientId = row.employeeId;
    step.send(notificationInsert(trx, { createdAt: now, ...text, ...base, recipientId }));
  }
}

/** Keeps the submitted snapshot and moves the plan to its new state (approved when automatic). */
function storeSubmission(step: PlanStep, personId: string): number {
  const { trx, scope, next, now } = step;
  const { row, resolution } = scope;
  const number = row.submissionCount + 1;
  const version = planVersionInsert(trx, {
    planId: row.id,
    number,
    periodId: row.periodId,
    schoolId: row.schoolId,
    provinceCode: row.provinceCode,
    draft: scope.content,
    submittedBy: personId,
    submittedAt: now,
  });
  step.send(version);
  const isApproved = next.state === 'approved' && resolution.approval !== 'blocked';
  step.writePlan({
    status: storedStatus(next.state),
    submittedAt: now,
    submissionCount: number,
    returnNote: next.returnNote,
    version: row.version + 1,
    updatedAt: now,
    approvalBasis: isApproved ? resolution.basis : null,
    approvedBy: null,
    approvedAt: isApproved ? now : null,
  });
  return number;
}

/** "Ajukan": validates every tab, keeps the submitted version and routes it to the supervisor. */
export async function submitPlan(
  ctx: AppContext,
  input: {
    planId: string;
    personId: string;
    version?: number | undefined;
    requestId: string;
    locale: Locale;
    onScope?: ((scope: PlanScope) => void) | undefined;
    onWritten?: ((scope: PlanScope) => void) | undefined;
  },
): Promise<PlanState> {
  const guard = (scope: PlanScope) => requireOpen(scope, 'submit', input.locale);
  const command = { type: 'submit' } as const;
  const write = { ...input, action: 'plan.submit', role: 'employee', command, guard } as const;
  return runPlanWrite(ctx, write, async (step) => {
    const { trx, scope, next } = step;
    const number = storeSubmission(step, input.personId);
    routeSubmission(step, number);
    const approval = scope.resolution.approval;
    const after = {
      version: scope.row.version + 1,
      status: next.state,
      submission: number,
      approval,
    };
    const audit = { scope, actorId: input.personId, action: 'plan.submit', after };
    step.send(planAuditInsert(trx, { ...audit, requestId: input.requestId }));
    return next.state;
  });
}
