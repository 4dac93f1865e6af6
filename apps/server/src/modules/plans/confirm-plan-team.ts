import type { Locale } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import { AppError } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { refusalError } from './plan-errors.js';
import { loadPlanScope, requireOpen, requireScope } from './plan-scope.js';
import { timKinerjaIdsOf } from './plan-supervision.js';
import { updatePlan } from './plans.repository.js';

/**
 * 2026 Pra-Perencanaan of a principal: confirms the Tim Kinerja and the Pejabat Penilai Kinerja
 * before planning (domain.md §1.3, §3.8, UTAMAPOS-KS).
 */
export async function confirmPlanTeam(
  ctx: AppContext,
  input: { planId: string; personId: string; requestId: string; locale: Locale },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const scope = await loadPlanScope(trx, { ...input, now, forUpdate: true });
    requireScope(scope, 'plan.edit', input.locale);
    const { row, employee } = scope;
    if (row.employeeKind !== 'principal') throw refusalError({ code: 'WRONG_EMPLOYEE_KIND' }, input.locale);
    if (row.status !== 'draft' && row.status !== 'returned') {
      throw refusalError({ code: 'INVALID_TRANSITION', params: { action: 'confirm_team', state: row.status } }, input.locale);
    }
    requireOpen(scope, 'edit', input.locale);
    if (scope.resolution.approval === 'blocked') {
      throw new AppError({
        code: 'SUPERVISOR_NOT_FOUND',
        status: 409,
        message: `${scope.resolution.message}. ${scope.resolution.hint}`,
      });
    }
    if (row.teamConfirmedAt !== null) return;
    await updatePlan(trx, row.id, { teamConfirmedAt: now, updatedAt: now });
    await writeAudit(trx, {
      actorId: input.personId,
      action: 'plan.confirm_team',
      entityType: 'plan',
      entityId: row.id,
      after: { assessorId: employee.assessorId, timKinerjaIds: timKinerjaIdsOf(employee, 'principal') },
      requestId: input.requestId,
    });
  });
}
