import type { HomeResponse } from '@kinerja/contract';
import { roleCodeSchema } from '@kinerja/contract';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';
import { DaysLeft } from './deadline-list';

type Task = HomeResponse['tasks'][number];

/** Where a task is done: the own plan in "Rencana", approvals in "Periksa". */
export function taskTarget(task: Pick<Task, 'code'>): string {
  return task.code === 'plans_to_approve' || task.code === 'principal_plans_to_approve'
    ? '/periksa'
    : '/rencana';
}

/** Days left until `dueOn` as the server counted them for the stage closing that day. */
function daysLeftOn(deadlines: HomeResponse['deadlines'], dueOn: string): number | null {
  const stage = deadlines.find((d) => d.effectiveClosesOn === dueOn && d.status !== 'closed');
  return stage?.daysLeft ?? null;
}

/** The person's tasks in the period, each a link to where it is done (issue #4 item 5). */
export function TaskList({
  tasks,
  showRole,
  deadlines,
}: {
  tasks: Task[];
  showRole: boolean;
  deadlines: HomeResponse['deadlines'];
}) {
  const { t, locale } = useI18n();
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
              {task.dueOn ? (
                <span className="task-due">
                  {t('notices.home.dueOn', { date: formatDate(task.dueOn, locale) })}{' '}
                  <DaysLeft days={daysLeftOn(deadlines, task.dueOn)} />
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
