import type { PlanHistoryResponse } from '@kinerja/contract';
import { useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { fetchPlanHistory } from '../../../lib/plans/plans-api';
import { Loading } from '../../../lib/ui/loading';

function HistoryList({ history }: { history: PlanHistoryResponse }) {
  const { t, locale } = useI18n();
  if (history.versions.length === 0 && history.decisions.length === 0) {
    return <p className="note">{t('planning.history.empty')}</p>;
  }
  return (
    <ol className="plan-history" data-testid="plan-history">
      {history.versions.map((version) => (
        <li key={version.number}>
          <p>
            <strong>{t('planning.history.version', { number: version.number })}</strong> —{' '}
            {t('planning.history.submitted', {
              date: formatDateTime(version.submittedAt, locale),
              name: version.submittedBy.name,
            })}
          </p>
          <ul className="plain-list">
            {history.decisions
              .filter((decision) => decision.versionNumber === version.number)
              .map((decision) => (
                <li
                  key={`${decision.decision}-${decision.decidedAt}`}
                  className="plan-history-decision"
                >
                  <p>
                    <strong>{decision.label}</strong>{' '}
                    <span className="muted">
                      {formatDateTime(decision.decidedAt, locale)}
                      {decision.decidedBy ? ` — ${decision.decidedBy.name}` : ''}
                    </span>
                  </p>
                  {decision.note ? (
                    <p className="plan-history-note">
                      {t('planning.history.note')}: {decision.note}
                    </p>
                  ) : null}
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** "Riwayat": every submitted version and every decision with its note (issue #4 item 3). */
export function PlanHistory({ planId }: { planId: string }) {
  const { t } = useI18n();
  const [history, setHistory] = useState<PlanHistoryResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(false);

  const load = async () => {
    if (isLoading) return;
    setLoading(true);
    setError(null);
    try {
      setHistory(await fetchPlanHistory(planId));
    } catch (caught) {
      setError(describeError(caught, t));
    } finally {
      setLoading(false);
    }
  };

  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading" className="card-heading">
        {t('planning.history.title')}
      </h2>
      {history ? <HistoryList history={history} /> : null}
      {isLoading ? <Loading label={t('common.loading')} /> : null}
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      {history ? null : (
        <button
          type="button"
          className="btn btn-secondary"
          disabled={isLoading}
          onClick={() => void load()}
        >
          {t('planning.history.show')}
        </button>
      )}
    </section>
  );
}
