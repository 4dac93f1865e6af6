import type { MyPlanResponse } from '@kinerja/contract';
import { confirmsPlanTeam, type Actor, type EmployeeKind, type Locale } from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { planningDeadline, planningGate } from './plan-rules.js';
import { loadStartFacts } from './plan-start-facts.js';
import { presentDeadline } from './plans.presenter.js';
import { findPlanId } from './plans.repository.js';
import { readPlan } from './read-plan.js';

/** The caller's plan in a period, or the "Belum mulai" state with whether "Mulai" is possible now. */
export async function findMyPlan(
  ctx: AppContext,
  input: {
    session: SessionRow;
    period: PeriodRow;
    kind?: EmployeeKind | undefined;
    locale: Locale;
    /** The caller's actor in `period`, when the caller already loaded it. */
    actor?: Actor | undefined;
  },
): Promise<MyPlanResponse> {
  const { session, period, locale } = input;
  const personId = session.personId;
  const facts = await loadStartFacts(ctx.db, {
    personId,
    periodId: period.id,
    requested: input.kind,
    activeRole: session.activeRole,
    now: ctx.clock(),
    actor: input.actor,
  });
  const { ruleSet, today } = facts;
  const extensions = facts.employee.extensions;
  const deadline = planningDeadline({ ruleSet, today, extensions });
  const base = {
    period: { id: period.id, label: period.label },
    employeeKind: facts.kind,
    planningDeadline: deadline ? presentDeadline(deadline, locale) : null,
    isTeamRequired: confirmsPlanTeam(ruleSet, facts.kind),
  };
  const planId = await findPlanId(ctx.db, {
    periodId: period.id,
    employeeId: personId,
    kind: facts.kind,
  });
  if (planId) {
    // The actor and employee context just loaded serve the plan's scope too (issue 15).
    const known = { actor: facts.actor, actorPeriodId: period.id, employee: facts.employee };
    const plan = await readPlan(ctx, { planId, personId, locale, known });
    return { ...base, status: plan.status, plan, canStart: false, startRefusal: null };
  }
  const gate = planningGate({
    ruleSet,
    today,
    employee: facts.employee,
    employeeKind: facts.kind,
    action: 'start',
    locale,
  });
  const startRefusal = gate ? { code: gate.code, message: gate.message } : null;
  return { ...base, status: 'not_started', plan: null, canStart: gate === null, startRefusal };
}
