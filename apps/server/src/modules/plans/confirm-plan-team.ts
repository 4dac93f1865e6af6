import type { Locale } from '@kinerja/domain';
import { AppError } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { refusalError } from './plan-errors.js';
import { requireOpen, type PlanScope } from '../plan-context/plan-scope.js';
import { timKinerjaIdsOf } from './plan-supervision.js';
import { auditPlan, requireState, runPlanWrite } from '../plan-context/plan-transaction.js';
import { updatePlan } from './plans.repository.js';

// Only a principal's own plan, still editable, with an assessor to confirm — domain.md §3.8.
function requireConfirmable(scope: PlanScope, locale: Locale): void {
  if (scope.row.employeeKind !== 'principal')
    throw refusalError({ code: 'WRONG_EMPLOYEE_KIND' }, locale);
  requireState(scope, 'plan.edit', locale);
  requireOpen(scope, 'edit', locale);
  const resolution = scope.resolution;
  if (resolution.approval === 'blocked') {
    const message = `${resolution.message}. ${resolution.hint}`;
    throw new AppError({ code: 'SUPERVISOR_NOT_FOUND', status: 409, message });
  }
}

/**
 * 2026 Pra-Perencanaan of a principal: confirms the Tim Kinerja and the Pejabat Penilai Kinerja
 * before planning (domain.md §1.3, §3.8, UTAMAPOS-KS).
 */
export async function confirmPlanTeam(
  ctx: AppContext,
  input: { planId: string; personId: string; requestId: string; locale: Locale },
): Promise<void> {
  const guard = (scope: PlanScope) => requireConfirmable(scope, input.locale);
  await runPlanWrite(ctx, { ...input, action: 'plan.edit', guard }, async ({ trx, scope, now }) => {
    if (scope.row.teamConfirmedAt !== null) return;
    await updatePlan(trx, scope.row.id, { teamConfirmedAt: now, updatedAt: now });
    const { employee } = scope;
    const after = {
      assessorId: employee.assessorId,
      timKinerjaIds: timKinerjaIdsOf(employee, 'principal'),
    };
    await auditPlan(trx, {
      scope,
      actorId: input.personId,
      action: 'plan.confirm_team',
      after,
      requestId: input.requestId,
    });
  });
}
