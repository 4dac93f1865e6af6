import type { HomeResponse, MyPlanResponse } from '@kinerja/contract';
import { messageFor, stageDeadlines, toIsoDate, type Actor, type Locale } from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { resolveActivePeriod } from '../me/active-choice.js';
import { countUnread } from '../notifications/notifications.repository.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { findMyPlan } from '../plans/find-my-plan.js';
import { hasRole, loadActor } from '../plans/plan-actor.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import { formatDateId } from '../plans/plan-text.js';
import { presentDeadline } from '../plans/plans.presenter.js';
import {
  countSubmittedPrincipalPlans,
  countSubmittedTeacherPlans,
  listExtensions,
} from './deadlines.repository.js';

type Task = HomeResponse['tasks'][number];

const TASK_TITLES = {
  plan_not_started: 'Mulai Perencanaan Kinerja',
  plan_draft: 'Lengkapi dan ajukan Perencanaan Kinerja',
  plan_returned: 'Perbaiki Perencanaan Kinerja yang dikembalikan',
  plan_submitted: 'Perencanaan Kinerja menunggu persetujuan',
  plan_blocked: messageFor('SUPERVISOR_NOT_FOUND'),
  plan_approved: 'Perencanaan Kinerja disetujui',
} as const;

const EMPTY = { planId: null, schoolId: null, dinasId: null, count: null, description: null };

function describe(code: keyof typeof TASK_TITLES, mine: MyPlanResponse, due: string | null) {
  if (code === 'plan_blocked') return mine.plan?.supervision.hint ?? null;
  if (code === 'plan_returned') return mine.plan?.returnNote ?? null;
  if (due && (code === 'plan_not_started' || code === 'plan_draft'))
    return `Ajukan paling lambat ${formatDateId(due)}.`;
  return null;
}

/** The employee's own plan as a task: what to do next and by when. */
function planTask(mine: MyPlanResponse, role: string): Task {
  const plan = mine.plan;
  const isBlocked = plan?.status === 'submitted' && plan.supervision.mode === 'blocked';
  const code = isBlocked ? 'plan_blocked' : (`plan_${mine.status}` as keyof typeof TASK_TITLES);
  const due = code === 'plan_approved' ? null : (mine.planningDeadline?.effectiveClosesOn ?? null);
  return {
    ...EMPTY,
    code,
    role,
    title: TASK_TITLES[code],
    description: describe(code, mine, due),
    dueOn: due,
    planId: plan?.id ?? null,
    schoolId: plan?.school.id ?? null,
  };
}

/** Plans waiting for the caller's decision, per school they lead and per Dinas they serve. */
async function approvalTasks(ctx: AppContext, actor: Actor, period: PeriodRow): Promise<Task[]> {
  const tasks: Task[] = [];
  const dueOn = period.planningClosesOn;
  for (const grant of actor.roles) {
    const key = { periodId: period.id };
    if (grant.role === 'principal_supervisor' && grant.schoolId) {
      const count = await countSubmittedTeacherPlans(ctx.db, { ...key, schoolId: grant.schoolId });
      const title = `${count} Perencanaan Kinerja perlu disetujui`;
      if (count > 0)
        tasks.push({
          ...EMPTY,
          code: 'plans_to_approve',
          role: grant.role,
          title,
          dueOn,
          schoolId: grant.schoolId,
          count,
        });
    }
    if (grant.role === 'dinas_official' && grant.dinasId) {
      const count = await countSubmittedPrincipalPlans(ctx.db, { ...key, dinasId: grant.dinasId });
      const title = `${count} Perencanaan Kinerja Kepala Sekolah perlu disetujui`;
      if (count > 0)
        tasks.push({
          ...EMPTY,
          code: 'principal_plans_to_approve',
          role: grant.role,
          title,
          dueOn,
          dinasId: grant.dinasId,
          count,
        });
    }
  }
  return tasks;
}

/** What is due and by when for the signed-in person in the active period (issue #4 item 5). */
export async function readHome(
  ctx: AppContext,
  session: SessionRow,
  locale: Locale,
): Promise<HomeResponse> {
  const now = ctx.clock();
  const { period } = await resolveActivePeriod(ctx.db, session, now);
  const actor = await loadActor(ctx.db, session.personId, period.id);
  const extensions = await listExtensions(ctx.db, {
    personId: session.personId,
    periodId: period.id,
  });
  const deadlines = stageDeadlines({
    ruleSet: ruleSetForPeriod(period),
    now: toIsoDate(now),
    extensions,
  });
  const tasks: Task[] = [];
  for (const [role, kind] of [
    ['teacher', 'teacher'],
    ['principal_employee', 'principal'],
  ] as const) {
    if (hasRole(actor, role))
      tasks.push(planTask(await findMyPlan(ctx, { session, period, kind, locale }), role));
  }
  tasks.push(...(await approvalTasks(ctx, actor, period)));
  return {
    period: { id: period.id, label: period.label },
    deadlines: deadlines.map((deadline) => presentDeadline(deadline, locale)),
    tasks,
    unreadNotifications: await countUnread(ctx.db, session.personId),
  };
}
