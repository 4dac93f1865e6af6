import type { Locale } from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import type { PlanScope } from '../plan-context/plan-scope.js';
import { auditPlan, requireState, runPlanWrite } from '../plan-context/plan-transaction.js';
import { updatePlan } from './plans.repository.js';
import {
  expectationTexts,
  mergeExpectations,
  type ExpectationsInput,
} from './supervisor-expectations.js';

/**
 * The supervisor writes "Ekspektasi Khusus Pimpinan" while the plan waits for their decision, like
 * "Setujui" itself; the employee sees them once written (domain.md §3.3 note, §4.3).
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
  const guard = (scope: PlanScope) => requireState(scope, 'plan.approve', input.locale);
  await runPlanWrite(
    ctx,
    { ...input, action: 'plan.approve', guard },
    async ({ trx, scope, now }) => {
      const { row } = scope;
      const incoming = input.expectations;
      const next = mergeExpectations({
        stored: scope.expectations,
        incoming,
        writtenBy: input.personId,
        now,
      });
      await updatePlan(trx, row.id, {
        supervisorExpectations: next,
        version: row.version + 1,
        updatedAt: now,
      });
      const after = { version: row.version + 1, expectations: expectationTexts(next) };
      const audit = { scope, actorId: input.personId, action: 'plan.write_expectations', after };
      await auditPlan(trx, { ...audit, requestId: input.requestId });
    },
  );
}
