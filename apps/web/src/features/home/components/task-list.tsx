import type { HomeResponse } from '@kinerja/contract';
import { roleCodeSchema } from '@kinerja/contract';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { DaysLeft } from './deadline-list';

type Task = HomeResponse['tasks'][number];
type Deadline = HomeResponse['deadlines'][number];

/** Where a task is done: the own plan in "Rencana", approvals in "Periksa". */
export function taskTarget(task: Pick<Task, 'code'>): string {
  return task.code === 'plans_to_approve' || task.code === 'principal_plans_to_approve'
    ? '/periksa'
    : '/rencana';
}

/** Tasks waiting on someone else: their deadline asks nothing more of the person. */
const WAITING = new Set<Task['code']>(['plan_submitted', 'plan_blocked', 'plan_approved']);

/** The stage window closing on `dueOn`, as the server computed it for this person. */
const stageClosingOn = (deadlines: Deadline[], dueOn: string): Deadline | undefined =>
  deadlines.find((d) => d.effectiveClosesOn === dueOn);

/** "Paling lambat …" with the days left, or "Ditutup" once the window has closed (§2.4). */
function TaskDue({ task, deadlines }: { task: Task; deadlines: Deadline[] }) {
  const { t, locale } = useI18n();
  if (!task.dueOn || WAITING.has(task.code)) return null;
  const stage = stageClosingOn(deadlines, task.dueOn);
  const date = formatDate(task.dueOn, locale);
  // The server's description of an own plan already names the date; do not repeat it.
  const hasDateInText = task.description?.includes(date) ?? false;
  return (
    <span className="task-due">
      {hasDateInText ? null : <>{t('notices.home.dueOn', { date })} </>}
      {stage?.status === 'closed' ? (
        <span className="status-chip is-closed">{t('notices.deadline.closed')}</span>
      ) : (
        <DaysLeft days={stage?.daysLeft ?? null} />
      )}
    </span>
  );
}

/** The person's tasks in the period, each a link to where it is done (issue #4 item 5). */
export function TaskList({
  tasks,
  showRole,
  deadlines,
}: {
  tasks: Task[];
  showRole: boolean;
  deadlines: Deadline[];
}) {
  const { t } = useI18n();
  return (
    <ul className="task-list plain-list">
      {tasks.map((task) => {
        const role = roleCodeSchema.safeParse(task.role);
        const isDone = task.code === 'plan_approved';
        return (
          <li key={`${task.role}-${task.code}-${task.schoolId ?? task.dinasId ?? ''}`}>
            <Link
              to={taskTarget(task)}
              className={`action-card task is-${task.code}${isDone ? ' is-done' : ''}`}
            >
              {showRole && role.success ? (
                <span className="task-role">
                  {t('notices.home.forRole', { role: t(`role.${role.data}`) })}
                </span>
              ) : null}
              <strong>{task.title}</strong>
              {task.description ? <span>{task.description}</span> : null}
              <TaskDue task={task} deadlines={deadlines} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
