import type { BulkApprovePlansResponse } from '@kinerja/contract';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';

/** What "Setujui yang dipilih" did to each plan: approved, or why not (the server's message). */
export function BulkResult({
  result,
  names,
}: {
  result: BulkApprovePlansResponse;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result]);
  const failed = result.results.some((entry) => !entry.ok);
  return (
    <section
      className={failed ? 'card review-bulk-result has-failure' : 'card review-bulk-result'}
      aria-labelledby="review-bulk-result-title"
      data-testid="bulk-result"
    >
      <h2 id="review-bulk-result-title" ref={heading} tabIndex={-1} className="card-heading">
        {t('review.bulk.resultTitle')}
      </h2>
      <p>
        {t('review.bulk.resultSummary', {
          approved: result.approvedCount,
          total: result.results.length,
        })}
      </p>
      <ul className="plain-list review-bulk-list">
        {result.results.map((entry) => (
          <li key={entry.planId} className={entry.ok ? 'is-ok' : 'is-failed'}>
            <strong>{names.get(entry.planId) ?? entry.planId}</strong>
            {': '}
            <span>
              {entry.ok
                ? t('review.bulk.ok')
                : `${t('review.bulk.failed')} — ${entry.message ?? entry.code ?? ''}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
