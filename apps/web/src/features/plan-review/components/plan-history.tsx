import type {
  Plan,
  PlanHistoryResponse,
  PlanOptionsResponse,
  PracticeOptionsResponse,
} from '@kinerja/contract';
import { useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchPlanHistory } from '../../../lib/plans/plans-api';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { PlanSummary } from '../../../lib/plans/plan-summary';
import { Loading } from '../../../lib/ui/loading';

type Version = PlanHistoryResponse['versions'][number];
type Decision = PlanHistoryResponse['decisions'][number];
type Entry = { at: string; version: Version } | { at: string; decision: Decision };

/** Versions and decisions in the order they happened (decisions after the version they judge). */
function timeline(history: PlanHistoryResponse): Entry[] {
  const entries: Entry[] = [
    ...history.versions.map((version) => ({ at: version.submittedAt, version })),
    ...history.decisions.map((decision) => ({ at: decision.decidedAt, decision })),
  ];
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

function VersionEntry({
  version,
  plan,
  options,
  practice,
}: {
  version: Version;
  plan: Plan;
  options: PlanOptionsResponse | null;
  practice: PracticeOptionsResponse | null;
}) {
  const { t, locale } = useI18n();
  // The version as it was submitted: its own content, no later decision or expectation.
  const asSubmitted: Plan = {
    ...plan,
    content: version.content,
    status: 'submitted',
    returnNote: null,
    approval: null,
    supervisorExpectations: {},
  };
  return (
    <>
      <p>
        <strong>{t('review.history.submitted', { number: version.number })}</strong>{' '}
        {t('review.history.by', { name: version.submittedBy.name })}
      </p>
      <p className="muted">{formatDateTime(version.submittedAt, locale)}</p>
      <details className="review-history-details">
        <summary>{t('review.history.showVersion', { number: version.number })}</summary>
        <PlanSummary plan={asSubmitted} options={options} practice={practice} headingLevel={3} />
      </details>
    </>
  );
}

function DecisionEntry({
  decision,
  options,
}: {
  decision: Decision;
  options: PlanOptionsResponse | null;
}) {
  const { t, locale } = useI18n();
  const expectations = Object.entries(decision.supervisorExpectations).filter(([, text]) => text);
  const valueName = (code: string) =>
    options?.workBehaviour.values.find((value) => value.code === code)?.name ?? code;
  // "Disetujui otomatis oleh sistem" already says who decided.
  const who = decision.decidedBy
    ? t('review.history.by', { name: decision.decidedBy.name })
    : decision.decision === 'auto_approved'
      ? null
      : t('review.history.system');
  return (
    <>
      <p>
        <strong>{t(`review.history.${decision.decision}`)}</strong> {who ? `${who} ` : null}
        <span className="muted">
          ({t('review.history.onVersion', { number: decision.versionNumber })})
        </span>
      </p>
      <p className="muted">{formatDateTime(decision.decidedAt, locale)}</p>
      {decision.note ? (
        <p className="review-history-note">
          <strong>{t('review.history.note')}:</strong> {decision.note}
        </p>
      ) : null}
      {expectations.length > 0 ? (
        <details className="review-history-details">
          <summary>{t('review.history.expectations')}</summary>
          <dl className="facts facts-compact">
            {expectations.map(([code, text]) => (
              <div key={code}>
                <dt>{valueName(code)}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </>
  );
}

/** "Riwayat": every submitted version and every decision with its note, who and when (issue #4). */
export function PlanHistory({
  plan,
  options,
  practice,
}: {
  plan: Plan;
  options: PlanOptionsResponse | null;
  practice: PracticeOptionsResponse | null;
}) {
  const { t } = useI18n();
  const [history, setHistory] = useState<PlanHistoryResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Reload whenever the plan moves on (a new version, a decision).
  const key = `${plan.id}:${plan.version}`;
  useEffect(() => {
    let isCurrent = true;
    fetchPlanHistory(plan.id).then(
      (next) => isCurrent && setHistory(next),
      (caught: unknown) => isCurrent && setError(describeError(caught, t)),
    );
    return () => {
      isCurrent = false;
    };
    // `key` carries the plan id and version this history belongs to.
  }, [key, plan.id, t]);

  return (
    <section className="card review-history" aria-labelledby="review-history-title">
      <h2 id="review-history-title" className="card-heading">
        {t('review.history.title')}
      </h2>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      {!history && !error ? <Loading label={t('common.loading')} /> : null}
      {history && history.versions.length === 0 && history.decisions.length === 0 ? (
        <p className="muted">{t('review.history.empty')}</p>
      ) : null}
      {history ? (
        <ol className="plain-list review-timeline">
          {timeline(history).map((entry) =>
            'version' in entry ? (
              <li key={`v${entry.version.number}`} className="review-timeline-item">
                <VersionEntry
                  version={entry.version}
                  plan={plan}
                  options={options}
                  practice={practice}
                />
              </li>
            ) : (
              <li
                key={`d${entry.decision.decidedAt}${entry.decision.decision}`}
                className={`review-timeline-item is-${entry.decision.decision}`}
              >
                <DecisionEntry decision={entry.decision} options={options} />
              </li>
            ),
          )}
        </ol>
      ) : null}
    </section>
  );
}
