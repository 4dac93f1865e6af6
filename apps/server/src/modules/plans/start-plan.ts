import {
  applyPlanCommand,
  emptyPlanDraft,
  newPlanRecord,
  type EmployeeKind,
  type Locale,
} from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { contentOf } from './plan-content.js';
import { gateError, refusalError } from './plan-errors.js';
import { planningGate, schoolLevelOf } from './plan-rules.js';
import { loadStartFacts } from './plan-start-facts.js';
import { findPlanId, insertPlan } from './plans.repository.js';

/** "Mulai": creates the caller's plan for a period, or returns the one that exists (idempotent). */
export async function startPlan(
  ctx: AppContext,
  input: {
    personId: string;
    periodId: string;
    kind?: EmployeeKind | undefined;
    activeRole: string | null;
    requestId: string;
    locale: Locale;
  },
): Promise<{ planId: string; isCreated: boolean }> {
  const now = ctx.clock();
  const facts = await loadStartFacts(ctx.db, { ...input, requested: input.kind, now });
  const key = { periodId: input.periodId, employeeId: input.personId, kind: facts.kind };
  const existing = await findPlanId(ctx.db, key);
  if (existing) return { planId: existing, isCreated: false };
  const { employee, ruleSet, today } = facts;
  const gate = planningGate({
    ruleSet,
    today,
    extensions: employee.extensions,
    action: 'start',
    locale: input.locale,
  });
  if (gate) throw gateError(gate);
  const draft = emptyPlanDraft({
    periodVersion: ruleSet.version,
    employeeKind: facts.kind,
    schoolLevel: schoolLevelOf(employee.jenjang),
  });
  const context = { ruleSet, approval: facts.resolution.approval, today, extensions: employee.extensions };
  const started = applyPlanCommand({
    plan: newPlanRecord(draft),
    command: { type: 'start' },
    role: 'employee',
    context,
  });
  if (!started.ok) throw refusalError(started, input.locale);
  return ctx.db.transaction().execute(async (trx) => {
    const planId = await insertPlan(trx, {
      periodId: input.periodId,
      employeeId: input.personId,
      employeeKind: facts.kind,
      schoolId: employee.schoolId,
      provinceCode: employee.provinceCode,
      regencyCode: employee.regencyCode,
      draft: contentOf(started.plan.draft),
      now,
    });
    // A concurrent "Mulai" on another device won the insert: answer with its plan.
    if (!planId) return { planId: (await findPlanId(trx, key))!, isCreated: false };
    await writeAudit(trx, {
      actorId: input.personId,
      action: 'plan.start',
      entityType: 'plan',
      entityId: planId,
      after: { periodId: input.periodId, kind: facts.kind, status: started.plan.state },
      requestId: input.requestId,
    });
    return { planId, isCreated: true };
  });
}
