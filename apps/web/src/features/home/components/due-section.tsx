import type { HomeResponse, MeResponse } from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Loading } from '../../../lib/ui/loading';
import { fetchHome } from '../api/home-api';
import { DeadlineList } from './deadline-list';
import { TaskList } from './task-list';
import '../home.css';

/** Where GET /api/home stands for the page. */
export type HomeLoad =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; home: HomeResponse };

/**
 * Planning (when the person works in it; once closed, only for whoever still has a plan to-do) and
 * any other stage whose window is open for the person (domain.md §2.4); with none of those, the
 * next stage to open — a pengawas in January reads when Pelaksanaan opens rather than an empty list
 * (the server sends only the person's stages).
 */
function relevantDeadlines(
  deadlines: HomeResponse['deadlines'],
  hasPlanTask: boolean,
): HomeResponse['deadlines'] {
  const shown = deadlines.filter(
    (d) =>
      (d.stage === 'planning' && (d.status !== 'closed' || hasPlanTask)) ||
      d.status === 'open' ||
      d.status === 'closing_soon' ||
      d.status === 'extended',
  );
  const next = deadlines.find((d) => d.status === 'upcoming');
  return shown.length === 0 && next ? [next] : shown;
}

/** The person still has a to-do about an own plan (only they are told about a closed window). */
const hasPlanTask = (home: HomeResponse): boolean =>
  home.tasks.some((task) => task.code.startsWith('plan_'));

/** Loads GET /api/home for the person's active period; `reload` tries again. */
export function useHomeLoad(me: MeResponse): { load: HomeLoad; reload: () => Promise<void> } {
  const periodId = me.activePeriod.id;
  const { t } = useI18n();
  const [load, setLoad] = useState<HomeLoad>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      setLoad({ status: 'ready', home: await fetchHome() });
    } catch (error) {
      setLoad({ status: 'error', message: describeError(error, t) });
    }
  }, [t]);
  // The period is a dependency so "Ganti periode" reloads what is due.
  useEffect(() => void reload(), [reload, periodId]);
  return { load, reload };
}

/** "Yang perlu dilakukan": tasks and stage deadlines from GET /api/home (issue #4 item 5). */
export function DueSection({
  me,
  load,
  reload,
}: {
  me: MeResponse;
  load: HomeLoad;
  reload: () => Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <section className="due" aria-labelledby="due-heading">
      <h2 id="due-heading" className="section-heading">
        {t('notices.home.dueTitle')}
      </h2>
      {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
      {load.status === 'error' ? (
        <div role="alert" className="alert alert-error">
          <p>
            {t('notices.home.loadFailed')} {load.message}
          </p>
          <button type="button" className="btn-link" onClick={() => void reload()}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {load.status === 'ready' ? (
        <>
          {load.home.tasks.length === 0 ? (
            <p className="note">
              {t('notices.home.nothingDue', { period: load.home.period.label })}
            </p>
          ) : (
            <TaskList
              me={me}
              tasks={load.home.tasks}
              showRole={me.roles.length > 1}
              deadlines={load.home.deadlines}
            />
          )}
          <h3 className="due-subheading">{t('notices.home.deadlinesTitle')}</h3>
          <DeadlineList
            deadlines={relevantDeadlines(load.home.deadlines, hasPlanTask(load.home))}
            hasOwnPlan={hasPlanTask(load.home)}
          />
        </>
      ) : null}
    </section>
  );
}
