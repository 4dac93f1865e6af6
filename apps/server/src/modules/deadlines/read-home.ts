import type { HomeResponse, MyPlanResponse } from '@kinerja/contract';
import { messageFor, stageDeadlines, toIsoDate, type Locale } from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { resolveActivePeriod } from '../me/active-choice.js';
import { countUnread } from '../notifications/notifications.repository.js';
import { findMyPlan } from '../plans/find-my-plan.js';
import { hasRole, loadActor } from '../plans/plan-actor.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import { presentDeadline } from '../plans/plans.presenter.js';
import { formatDateId } from '../plans/plan-text.js';
import { countSubmittedPrincipalPlans, countSubmittedTeacherPlans, listExtensions } from './deadlines.repository.js';

type Task = HomeResponse['tasks'][number];

const TASK_TITLES = {
  plan_not_started: 'Mulai Perencanaan Kinerja',
  plan_draft: 'Lengkapi dan ajukan Perencanaan Kinerja',
  plan_returned: 'Perbaiki Perencanaan Kinerja yang dikembalikan',
  plan_submitted: 'Perencanaan Kinerja menunggu persetujuan',
  plan_blocked: messageFor('SUPERVISOR_NOT_FOUND'),
  plan_approved: 'Perencanaan Kinerja disetujui',
} as const;

function planTask(mine: MyPlanResponse, role: string): Task {
  const plan = mine.plan;
  const isBlocked = plan?.status === 'submitted' && plan.supervision.mode === 'blocked';
  const code = isBlocked ? 'plan_blocked' : (`plan_${mine.status}` as keyof typeof TASK_TITLES);
  const due = mine.planningDeadline?.effectiveClosesOn ?? null;
  const description = isBlocked
    ? plan.supervision.hint
    : code === 'plan_returned'
      ? plan?.returnNote ?? null
      : due && (code === 'plan_not_started' || code === 'plan_draft')
        ? `Ajukan paling lambat ${formatDateId(due)}.`
        : null;
  return { code, role, title: TASK_TITLES[code], description, dueOn: code === 'plan_approved' ? null : due, planId: plan?.id ?? null, schoolId: plan?.school.id ?? null, dinasId: null, count: null };
}

/** What is due and by when for the signed-in person in the active period (issue #4 item 5). */
export async function readHome(ctx: AppContext, session: SessionRow, locale: Locale): Promise<HomeResponse> {
  const now = ctx.clock();
  const { period } = await resolveActivePeriod(ctx.db, session, now);
  const actor = await loadActor(ctx.db, session.personId, period.id);
  const extensions = await listExtensions(ctx.db, { personId: session.personId, periodId: period.id });
  const deadlines = stageDeadlines({ ruleSet: ruleSetForPeriod(period), now: toIsoDate(now), extensions });
  const tasks: Task[] = [];
  for (const [role, kind] of [['teacher', 'teacher'], ['principal_employee', 'principal']] as const) {
    if (!hasRole(actor, role)) continue;
    tasks.push(planTask(await findMyPlan(ctx, { session, period, kind, locale }), role));
  }
  for (const grant of actor.roles) {
    if (grant.role === 'principal_supervisor' && grant.schoolId) {
      const count = await countSubmittedTeacherPlans(ctx.db, { schoolId: grant.schoolId, periodId: period.id });
      if (count > 0) tasks.push({ code: 'plans_to_approve', role: grant.role, title: `${count} Perencanaan Kinerja perlu disetujui`, description: 'Buka Periksa untuk menyetujui atau mengembalikan.', dueOn: deadlines.find((d) => d.stage === 'planning')?.closesOn ?? null, planId: null, schoolId: grant.schoolId, dinasId: null, count });
    }
    if (grant.role === 'dinas_official' && grant.dinasId) {
      const count = await countSubmittedPrincipalPlans(ctx.db, { dinasId: grant.dinasId, periodId: period.id });
      if (count > 0) tasks.push({ code: 'principal_plans_to_approve', role: grant.role, title: `${count} Perencanaan Kinerja Kepala Sekolah perlu disetujui`, description: null, dueOn: deadlines.find((d) => d.stage === 'planning')?.closesOn ?? null, planId: null, schoolId: null, dinasId: grant.dinasId, count });
    }
  }
  return {
    period: { id: period.id, label: period.label },
    deadlines: deadlines.map((deadline) => presentDeadline(deadline, locale)),
    tasks,
    unreadNotifications: await countUnread(ctx.db, session.personId),
  };
}
