import type { DinasPlanListResponse } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { PlanStatusBadge } from '../../../lib/plans/plan-status-badge';
import { Link } from '../../../lib/router';
import { formatDay } from '../format-day';
import { reviewPlanPath } from '../review-scope';

type Row = DinasPlanListResponse['plans'][number];

function principalName(row: Row, fallback: string): string {
  return row.employee?.name ?? fallback;
}

function OpenLink({ row }: { row: Row }) {
  const { t } = useI18n();
  if (!row.planId || !row.abilities.canView || !row.employee) return null;
  const decides = row.abilities.canApprove || row.abilities.canReturn;
  const name = row.employee.name;
  return (
    <Link
      to={reviewPlanPath(row.planId)}
      className={decides ? 'btn btn-primary review-open' : 'btn btn-secondary review-open'}
      aria-label={t(decides ? 'review.openFor' : 'review.viewFor', { name })}
    >
      {t(decides ? 'review.open' : 'review.view')}
    </Link>
  );
}

/** Phones: one card per school with its principal and their plan's status. */
export function PrincipalPlanCards({ plans }: { plans: Row[] }) {
  const { t, locale } = useI18n();
  return (
    <ul className="plain-list review-cards">
      {plans.map((row) => (
        <li key={row.school.id} className="card review-card">
          <div className="review-card-who">
            <p className="review-name">{principalName(row, t('review.principals.noPrincipal'))}</p>
            <p className="muted">
              {row.school.name} · NPSN {row.school.npsn}
            </p>
          </div>
          <div className="review-card-status">
            <PlanStatusBadge status={row.status} label={t(`review.status.${row.status}`)} />
            {row.submittedAt ? (
              <span className="muted">
                {t('review.submittedOn', { date: formatDay(row.submittedAt, locale) })}
              </span>
            ) : null}
          </div>
          <OpenLink row={row} />
        </li>
      ))}
    </ul>
  );
}

/** Desktop: the same rows as a table. */
export function PrincipalPlanTable({ plans }: { plans: Row[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="table-scroll">
      <table className="table review-table">
        <thead>
          <tr>
            <th scope="col">{t('review.col.principal')}</th>
            <th scope="col">{t('review.col.school')}</th>
            <th scope="col">{t('review.col.status')}</th>
            <th scope="col">{t('review.col.submittedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('review.col.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((row) => (
            <tr key={row.school.id}>
              <th scope="row">{principalName(row, t('review.principals.noPrincipal'))}</th>
              <td>
                {row.school.name}
                <br />
                <span className="muted">NPSN {row.school.npsn}</span>
              </td>
              <td>
                <PlanStatusBadge status={row.status} label={t(`review.status.${row.status}`)} />
              </td>
              <td>{row.submittedAt ? formatDay(row.submittedAt, locale) : null}</td>
              <td className="review-col-action">
                <OpenLink row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
