import type { Plan } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { PlanSummary } from '../../../lib/plans/plan-summary';
import { PlanStatusBadge } from '../../../lib/plans/plan-status-badge';
import { planPdfUrl } from '../../../lib/plans/plans-api';
import { DeadlineNote } from './deadline-note';
import { PlanHistory } from './plan-history';
import type { PlanCatalogues } from './plan-flow';
import { SupervisionNote } from './supervision-note';

/**
 * A plan the employee can no longer edit (submitted, approved, or locked after the deadline):
 * status, who approves, the return note, the approval, "Riwayat" and "Unduh PDF" (§3.3, §3.10).
 */
export function PlanOverview({
  plan,
  catalogues,
  notice,
}: {
  plan: Plan;
  catalogues: PlanCatalogues;
  notice: string | null;
}) {
  const { t, locale } = useI18n();
  const isWaiting = plan.status === 'submitted';
  return (
    <div className="plan-editor">
      {notice ? (
        <p className="alert alert-info" role="status" data-testid="plan-notice">
          {notice}
        </p>
      ) : null}
      <section className="card" aria-labelledby="overview-heading">
        <p className="card-kicker">{plan.periodLabel}</p>
        {/* The catalogue version the plan was started with (issue 13 item 3). */}
        <p className="muted" data-testid="catalogue-version">
          {plan.catalogueVersionLabel}
        </p>
        <h2 id="overview-heading" className="card-title">
          {t('planning.overview.title')}
        </h2>
        <p>
          <PlanStatusBadge status={plan.status} label={plan.statusLabel} />
        </p>
        {plan.submittedAt ? (
          <p className="hint">
            {t('planning.overview.submittedAt', {
              date: formatDateTime(plan.submittedAt, locale),
            })}
          </p>
        ) : null}
        {isWaiting || plan.status === 'approved' ? <SupervisionNote plan={plan} /> : null}
        {plan.status === 'draft' || plan.status === 'returned' ? (
          <DeadlineNote deadline={plan.planningDeadline} />
        ) : null}
        {plan.status === 'approved' ? (
          <p className="note">{t('planning.overview.approvedNext')}</p>
        ) : null}
        {isWaiting && plan.supervision.mode === 'manual' ? (
          <p className="note">{t('planning.overview.waitingNext')}</p>
        ) : null}
        {plan.abilities.canDownloadPdf ? (
          <div className="actions plan-actions-start">
            <a className="btn btn-secondary" href={planPdfUrl(plan.id)} download>
              {t('planning.pdf')}
            </a>
          </div>
        ) : null}
      </section>
      <section className="card" aria-labelledby="overview-summary-heading">
        <h2 id="overview-summary-heading" className="card-heading">
          {t('planning.overview.summary')}
        </h2>
        <PlanSummary plan={plan} options={catalogues.options} practice={catalogues.practice} />
      </section>
      {plan.abilities.canViewHistory && plan.submissionCount > 0 ? (
        <PlanHistory planId={plan.id} />
      ) : null}
    </div>
  );
}
