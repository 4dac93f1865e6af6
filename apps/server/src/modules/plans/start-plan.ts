import {
  applyPlanCommand,
  emptyPlanDraft,
  newPlanRecord,
  type EmployeeKind,
  type Locale,
  type PlanRecord,
} from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { contentOf } from './plan-content.js';
import { gateError, refusalError } from './plan-errors.js';
import { planningGate, schoolLevelOf } from './plan-rules.js';
import { loadStartFacts, type StartFacts } from './plan-start-facts.js';
import { newestRevisionId } from '../catalogues/catalogues.repository.js';
import { findPlanId, insertPlan } from './plans.repository.js';

type StartInput = {
  personId: string;
  periodId: string;
  kind?: EmployeeKind | undefined;
  activeRole: string | null;
  requestId: string;
  locale: Locale;
};

/** The domain's "start" on a blank draft, after the planning window check (domain.md §2.4). */
function startedRecord(facts: StartFacts, locale: Locale): PlanRecord {
  const { employee, ruleSet, today } = facts;
  const extensions = employee.extensions;
  const gate = planningGate({
    ruleSet,
    today,
    employee,
    employeeKind: facts.kind,
    action: 'start',
    locale,
  });
  if (gate) throw gateError(gate);
  const schoolLevel = schoolLevelOf(employee.jenjang);
  const draft = emptyPlanDraft({
    periodVersion: ruleSet.version,
    employeeKind: facts.kind,
    schoolLevel,
  });
  const context = { ruleSet, approval: facts.resolution.approval, today, extensions };
  const command = { type: 'start' } as const;
  const started = applyPlanCommand({
    plan: newPlanRecord(draft),
    command,
    role: 'employee',
    context,
  });
  if (!started.ok) throw refusalError(started, locale);
  return started.plan;
}

/** "Mulai": creates the caller's plan for a period, or returns the one that exists (idempotent). */
export async function startPlan(
  ctx: AppContext,
  input: StartInput,
): Promise<{ planId: string; isCreated: boolean }> {
  const facts = await loadStartFacts(ctx.db, { ...input, requested: input.kind, now: ctx.clock() });
  const key = { periodId: input.periodId, employeeId: input.personId, kind: facts.kind };
  const existing = await findPlanId(ctx.db, key);
  if (existing) return { planId: existing, isCreated: false };
  const started = startedRecord(facts, input.locale);
  const { employee } = facts;
  return ctx.db.transaction().execute(async (trx) => {
    const planId = await insertPlan(trx, {
      periodId: input.periodId,
      employeeId: input.personId,
      employeeKind: facts.kind,
      schoolId: employee.schoolId,
      provinceCode: employee.provinceCode,
      regencyCode: employee.regencyCode,
      draft: contentOf(started.draft),
      // An edit of the catalogues applies to plans started after it (issue 13 item 3).
      catalogueRevision: await newestRevisionId(trx, input.periodId),
      now: ctx.clock(),
    });
    // A concurrent "Mulai" on another device won the insert: answer with its plan.
    if (!planId) return { planId: (await findPlanId(trx, key))!, isCreated: false };
    const after = { periodId: input.periodId, kind: facts.kind, status: started.state };
    const audit = {
      actorId: input.personId,
      action: 'plan.start',
      entityType: 'plan',
      entityId: planId,
    };
    await writeAudit(trx, { at: ctx.clock(), ...audit, after, requestId: input.requestId });
    return { planId, isCreated: true };
  });
}
