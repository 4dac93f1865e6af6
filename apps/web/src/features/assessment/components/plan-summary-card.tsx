import type { PlanSummary } from '@kinerja/contract';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="assessment-part">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Names({ names }: { names: string[] }) {
  const { t } = useI18n();
  if (names.length === 0) return <p className="muted">{t('assessment.summary.none')}</p>;
  return (
    <ul>
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

/** The approved plan as names: what the assessor weighs the results against (domain.md §3.9). */
export function PlanSummaryCard({ summary }: { summary: PlanSummary }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="assessment-summary">
      <h2 id="assessment-summary" className="card-heading">
        {t('assessment.summary.title')}
      </h2>
      <Part title={t('assessment.summary.mainDuties')}>
        {summary.mainDuties.length === 0 ? (
          <p className="muted">{t('assessment.summary.none')}</p>
        ) : (
          <ul>
            {summary.mainDuties.map((duty) => (
              <li key={duty}>
                {duty}
                {duty === summary.focusDuty ? (
                  <strong> — {t('assessment.summary.focus')}</strong>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part title={t('assessment.summary.practice')}>
        <p>{summary.practiceIndicator ?? t('assessment.summary.none')}</p>
      </Part>
      <Part title={t('assessment.summary.competency')}>
        <Names names={summary.competency} />
      </Part>
      <Part title={t('assessment.summary.additional')}>
        <Names names={summary.additionalDuties} />
      </Part>
      <Part title={t('assessment.summary.behaviour')}>
        <ul>
          {summary.workBehaviour.map((entry) => (
            <li key={entry.value}>
              <strong>{entry.name}</strong>
              {entry.behaviour ? `: ${entry.behaviour}` : null}
              {entry.expectation ? (
                <span className="assessment-detail">
                  {t('assessment.summary.expectation', { text: entry.expectation })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </Part>
    </section>
  );
}
