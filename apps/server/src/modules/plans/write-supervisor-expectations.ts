import { can, type Locale } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { PlanVersionConflict, refusalError } from './plan-errors.js';
import { loadPlanScope, requireScope } from './plan-scope.js';
import { updatePlan } from './plans.repository.js';
import {
  expectationTexts,
  mergeExpectations,
  type ExpectationsInput,
} from './supervisor-expectations.js';

/**
 * The supervisor writes "Ekspektasi Khusus Pimpinan" while reviewing a submitted plan; the employee
 * sees them once written (domain.md §3.3 note, §4.3).
 */
export async function writeSupervisorExpectations(
  ctx: AppContext,
  input: {
    planId: string;
    personId: string;
    version: number;
    expectations: ExpectationsInput;
    requestId: string;
    locale: Locale;
  },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const scope = await loadPlanScope(trx, { ...input, now, forUpdate: true });
    const { row } = scope;
    requireScope(scope, 'plan.approve', input.locale);
    if (input.version !== row.version) throw new PlanVersionConflict(row.id);
    // Written while the plan waits for this supervisor's decision, like "Setujui" itself.
    const decision = can(scope.actor, 'plan.approve', scope.subject);
    if (!decision.allowed) {
      throw refusalError({ code: decision.reason, params: { action: 'approve', state: row.status } }, input.locale);
    }
    const next = mergeExpectations({
      stored: scope.expectations,
      incoming: input.expectations,
      writtenBy: input.personId,
      now,
    });
    await updatePlan(trx, row.id, {
      supervisorExpectations: next,
      version: row.version + 1,
      updatedAt: now,
    });
    await writeAudit(trx, {
      actorId: input.personId,
      action: 'plan.write_expectations',
      entityType: 'plan',
      entityId: row.id,
      before: { version: row.version, expectations: expectationTexts(scope.expectations) },
      after: { version: row.version + 1, expectations: expectationTexts(next) },
      requestId: input.requestId,
    });
  });
}
