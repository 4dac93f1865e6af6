import type { PracticeCycle } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { ExecutionDeadline } from './execution-deadline';
import { observerNames } from './cycle-people';

/** Whose cycle, its window, and why it cannot be written now (gate, missing observer). */
export function CycleHeader({ cycle }: { cycle: PracticeCycle }) {
  const { t } = useI18n();
  const { observer } = cycle;
  return (
    <div className="stack">
      <p className="lead">
        {t('execution.cycle.intro', {
          name: cycle.employee.name,
          school: cycle.school.name,
          period: cycle.periodLabel,
        })}
      </p>
      <ExecutionDeadline deadline={cycle.executionDeadline} />
      {!cycle.gate.isOpen && cycle.gate.message ? (
        <p className="alert alert-info" data-testid="cycle-gate">
          {cycle.gate.message}
        </p>
      ) : null}
      {observer.message ? <p className="alert alert-error">{observer.message}</p> : null}
    </div>
  );
}

/** The sub-indicator practised and who observes (domain.md §2.3, §3.8, §4.1–4.2). */
export function IndicatorCard({ cycle }: { cycle: PracticeCycle }) {
  const { t } = useI18n();
  const { indicator, observer } = cycle;
  return (
    <section className="card" aria-labelledby="exec-indicator-heading">
      <h2 id="exec-indicator-heading" className="card-kicker">
        {t('execution.cycle.indicator')}
      </h2>
      <p className="card-title">{indicator.name ?? t('execution.cycle.noIndicator')}</p>
      {indicator.description ? <p className="muted">{indicator.description}</p> : null}
      <dl className="exec-people">
        <div>
          <dt>{t(`execution.observer.${observer.role}`)}</dt>
          <dd>{observerNames(cycle)}</dd>
        </div>
        <div>
          <dt>{t('execution.cycle.employee')}</dt>
          <dd>{cycle.employee.name}</dd>
        </div>
      </dl>
    </section>
  );
}
