import type { HomeResponse, MyPlanResponse } from '@kinerja/contract';
import {
  COUNTED_TODO_STAGE,
  countedTodosFor,
  homeDeadlineStages,
  emptyPlanDraft,
  evidenceSlotsOf,
  homeStage,
  ownTodos,
  practiceStatesAwaiting,
  stageDeadlines,
  standingTodosFor,
  toIsoDate,
  type Locale,
  type PracticeState,
  type RoleGrant,
  type RuleSet,
  type Stage,
  type StageDeadline,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../lib/context.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { resolveActivePeriod } from '../me/active-choice.js';
import { countUnread } from '../notifications/notifications.repository.js';
import { findMyPlan } from '../plans/find-my-plan.js';
import { loadActor } from '../plan-context/plan-actor.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import { presentDeadline } from '../plans/plans.presenter.js';
import { listExtensions } from './deadlines.repository.js';
import {
  countAdminTodos,
  countDinasTodos,
  countOperatorTodos,
  countPengawasTodos,
  countSchoolTodos,
  readOwnExecution,
  type TodoCounts,
} from './home-counts.repository.js';
import { todoText } from './home-titles.js';

type Task = HomeResponse['tasks'][number];

const EMPTY = { planId: null, schoolId: null, dinasId: null, count: null, description: null };

type HomeScope = { ruleSet: RuleSet; stage: Stage; deadlines: StageDeadline[]; periodId: string };

const closesOn = (scope: HomeScope, stage: Stage): string | null =>
  scope.deadlines.find((deadline) => deadline.stage === stage)?.effectiveClosesOn ?? null;

function expectedEvidence(ruleSet: RuleSet, plan: NonNullable<MyPlanResponse['plan']>): number {
  const draft = emptyPlanDraft({
    periodVersion: ruleSet.version,
    employeeKind: plan.employee.kind,
    schoolLevel: 'sma',
  });
  const { competencyRhkCodes, additionalDuties } = plan.content;
  return evidenceSlotsOf({ draft: { ...draft, competencyRhkCodes, additionalDuties }, ruleSet })
    .length;
}

/** The employee's own plan and what its execution and assessment still ask (domain.md §2.2–2.4). */
async function ownTasks(
  ctx: AppContext,
  scope: HomeScope,
  mine: MyPlanResponse,
  role: 'teacher' | 'principal_employee',
): Promise<Task[]> {
  const plan = mine.plan;
  const isLater = scope.stage === 'execution' || scope.stage === 'assessment';
  const produced =
    plan?.status === 'approved' && isLater ? await readOwnExecution(ctx.db, plan.id) : null;
  // Evidence slots exist as rows only once written; the approved plan says how many there are (§3.4).
  const execution =
    produced && plan
      ? {
          ...produced,
          evidenceTotal: Math.max(produced.evidenceTotal, expectedEvidence(scope.ruleSet, plan)),
        }
      : null;
  const todos = ownTodos({
    ruleSet: scope.ruleSet,
    stage: scope.stage,
    planStatus: mine.status,
    isBlocked: plan?.status === 'submitted' && plan.supervision.mode === 'blocked',
    planning: scope.deadlines.find((deadline) => deadline.stage === 'planning'),
    execution,
  });
  return todos.map((todo) => {
    const dueOn =
      todo.code === 'result_ready' || todo.code === 'assessment_waiting'
        ? null
        : closesOn(scope, todo.stage);
    const window = scope.deadlines.find((deadline) => deadline.stage === todo.stage);
    const text = todoText(todo.code, {
      count: todo.count,
      dueOn,
      opensOn: window?.status === 'upcoming' ? window.opensOn : null,
      practiceState: execution?.practiceState ?? null,
    });
    const description =
      todo.code === 'plan_returned' ? (plan?.returnNote ?? null) : text.description;
    return {
      ...EMPTY,
      code: todo.code,
      role,
      title: text.title,
      description,
      dueOn,
      count: todo.count,
      planId: plan?.id ?? null,
      schoolId: plan?.school.id ?? null,
    };
  });
}

/** Pelaksanaan's window (with the person's extensions) is past: its writes are refused (§2.4). */
const isExecutionClosed = (scope: HomeScope): boolean =>
  scope.deadlines.find((deadline) => deadline.stage === 'execution')?.status === 'closed';

/** One statement per grant: the counts of the grant's role over its school, Dinas or the nation. */
function countsFor(
  db: Db,
  grant: RoleGrant,
  key: { periodId: string; personId: string },
): Promise<TodoCounts> | null {
  const { periodId, personId } = key;
  // Steps B and C are the observer's; A and E are shared (domain.md §2.3).
  const supervisorStates: PracticeState[] = practiceStatesAwaiting('supervisor');
  if (grant.role === 'principal_supervisor' && grant.schoolId)
    return countSchoolTodos(db, { periodId, schoolId: grant.schoolId, personId, supervisorStates });
  if (grant.role === 'pengawas')
    return countPengawasTodos(db, { periodId, personId, supervisorStates });
  if (grant.role === 'dinas_official' && grant.dinasId)
    return countDinasTodos(db, { periodId, dinasId: grant.dinasId });
  if (grant.role === 'school_operator' && grant.schoolId)
    return countOperatorTodos(db, { periodId, schoolId: grant.schoolId });
  if (grant.role === 'admin') return countAdminTodos(db);
  return null;
}

/** What waits for the caller in the roles that act on other people's work. */
async function roleTasks(
  ctx: AppContext,
  scope: HomeScope,
  grants: readonly RoleGrant[],
  personId: string,
): Promise<Task[]> {
  const tasks: Task[] = [];
  for (const grant of grants) {
    const codes = countedTodosFor({
      ruleSet: scope.ruleSet,
      stage: scope.stage,
      role: grant.role,
      isExecutionClosed: isExecutionClosed(scope),
    });
    const pending =
      codes.length === 0 ? null : countsFor(ctx.db, grant, { periodId: scope.periodId, personId });
    const counts = (await pending) ?? {};
    const where = { schoolId: grant.schoolId ?? null, dinasId: grant.dinasId ?? null };
    for (const code of codes) {
      const count = counts[code] ?? 0;
      if (count === 0) continue;
      const dueOn = closesOn(scope, COUNTED_TODO_STAGE[code]);
      tasks.push({
        ...EMPTY,
        ...where,
        ...todoText(code, { count }),
        code,
        role: grant.role,
        dueOn,
        count,
      });
    }
    for (const code of standingTodosFor({ stage: scope.stage, role: grant.role }))
      tasks.push({
        ...EMPTY,
        ...where,
        ...todoText(code, { count: null }),
        code,
        role: grant.role,
        dueOn: null,
      });
  }
  return tasks;
}

/** What is due and by when for the signed-in person in the active period, per role and stage. */
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
  const ruleSet = ruleSetForPeriod(period);
  const today = toIsoDate(now);
  const shown = new Set(
    homeDeadlineStages({ ruleSet, roles: actor.roles.map((grant) => grant.role) }),
  );
  const deadlines = stageDeadlines({ ruleSet, now: today, extensions });
  const scope: HomeScope = {
    ruleSet,
    stage: homeStage({ ruleSet, now: today }),
    deadlines,
    periodId: period.id,
  };
  const tasks: Task[] = [];
  for (const [role, kind] of [
    ['teacher', 'teacher'],
    ['principal_employee', 'principal'],
  ] as const) {
    if (!actor.roles.some((grant) => grant.role === role)) continue;
    const mine = await findMyPlan(ctx, { session, period, kind, locale, actor });
    tasks.push(...(await ownTasks(ctx, scope, mine, role)));
  }
  tasks.push(...(await roleTasks(ctx, scope, actor.roles, session.personId)));
  return {
    period: { id: period.id, label: period.label },
    deadlines: deadlines
      .filter((deadline) => shown.has(deadline.stage))
      .map((deadline) => presentDeadline(deadline, locale)),
    tasks,
    unreadNotifications: await countUnread(ctx.db, session.personId),
  };
}
