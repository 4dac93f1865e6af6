import type { Plan } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { PlanStatusBadge } from '../../../lib/plans/plan-status-badge';
import { planPdfUrl } from '../../../lib/plans/plans-api';
import { formatDateTime } from '../../../lib/i18n/format-date-time';

/** Whose plan, its status, when it was submitted, and "Unduh PDF" when allowed (school and period are in the summary). */
export function PlanStatusCard({ plan }: { plan: Plan }) {
  const { t, locale } = useI18n();
  const note =
    plan.supervision.mode !== 'manual' && plan.supervision.message
      ? [plan.supervision.message, plan.supervision.hint].filter(Boolean).join(' ')
      : null;
  return (
    <section className="card review-status-card" aria-labelledby="review-employee-name">
      <h2 id="review-employee-name" className="card-title">
        {plan.employee.name}
      </h2>
      <dl className="facts facts-compact">
        <div>
          <dt>NIP</dt>
          <dd>{plan.employee.nip ?? t('common.empty')}</dd>
        </div>
        <div>
          <dt>{t('review.plan.status')}</dt>
          <dd>
            <PlanStatusBadge status={plan.status} label={t(`review.status.${plan.status}`)} />
          </dd>
        </div>
        <div>
          <dt>{t('review.plan.submittedAt')}</dt>
          <dd>
            {plan.submittedAt
              ? formatDateTime(plan.submittedAt, locale)
              : t('review.plan.notSubmitted')}
          </dd>
        </div>
        {plan.submissionCount > 0 ? (
          <div>
            <dt>{t('review.plan.submissions')}</dt>
            <dd>{plan.submissionCount}</dd>
          </div>
        ) : null}
      </dl>
      {note ? <p className="alert alert-info">{note}</p> : null}
      {plan.abilities.canDownloadPdf ? (
        <a href={planPdfUrl(plan.id)} className="btn btn-secondary review-pdf">
          {t('review.pdf')}
        </a>
      ) : null}
    </section>
  );
}
