import type { HomeResponse, MeResponse } from '@kinerja/contract';
import { roleCodeSchema } from '@kinerja/contract';
import { useState, type MouseEvent } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link, navigate } from '../../../lib/router';
import { roleName, useSession } from '../../../lib/session/session';
import { switchRole } from '../../../lib/session/session-api';
import { DaysLeft } from './deadline-list';
import { WAITING_CODES, taskTarget } from './task-target';

type Task = HomeResponse['tasks'][number];
type Deadline = HomeResponse['deadlines'][number];

export { taskTarget } from './task-target';

/** The stage window closing on `dueOn`, as the server computed it for this person. */
const stageClosingOn = (deadlines: Deadline[], dueOn: string): Deadline | undefined =>
  deadlines.find((d) => d.effectiveClosesOn === dueOn);

/** "Paling lambat …" with the days left, or "Ditutup" once the window has closed (§2.4). */
function TaskDue({ task, deadlines }: { task: Task; deadlines: Deadline[] }) {
  const { t, locale } = useI18n();
  if (!task.dueOn || WAITING_CODES.has(task.code)) return null;
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

/** The person's to-dos in the period, each a link to where it is done; a to-do of another of the
 * person's roles switches to that role first (issue #11 finding 6). */
export function TaskList({
  me,
  tasks,
  showRole,
  deadlines,
}: {
  me: MeResponse;
  tasks: Task[];
  showRole: boolean;
  deadlines: Deadline[];
}) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [error, setError] = useState<string | null>(null);
  const open = async (event: MouseEvent<HTMLAnchorElement>, task: Task, to: string) => {
    const role = roleCodeSchema.safeParse(task.role);
    if (!role.success || role.data === me.activeRole) return;
    event.preventDefault();
    try {
      await switchRole(role.data);
      await refresh();
      navigate(to);
    } catch (caught) {
      setError(describeError(caught, t));
    }
  };
  return (
    <>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      <ul className="task-list plain-list">
        {tasks.map((task) => {
          const role = roleCodeSchema.safeParse(task.role);
          const to = taskTarget(task);
          return (
            <li key={`${task.role}-${task.code}-${task.schoolId ?? task.dinasId ?? ''}`}>
              <Link
                to={to}
                onClick={(event) => void open(event, task, to)}
                className={`action-card task is-${task.code}${WAITING_CODES.has(task.code) ? ' is-done' : ''}`}
              >
                {showRole && role.success ? (
                  <span className="task-role">
                    {roleName(me, role.data, t(`role.${role.data}`))}
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
    </>
  );
}
