import type { SchoolPlanListResponse } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { PlanStatusBadge } from '../../../lib/plans/plan-status-badge';
import { Link } from '../../../lib/router';
import { formatDay } from '../format-day';
import { reviewPlanPath } from '../review-scope';
import { identityNumber } from '../../../lib/people/identity-number';

type Row = SchoolPlanListResponse['plans'][number];

type ListProps = {
  plans: Row[];
  selected: ReadonlySet<string>;
  onToggle: (planId: string) => void;
};

/** Whether a row can join "Setujui yang dipilih": a submitted plan the caller may approve. */
export const isBulkApprovable = (row: Row): row is Row & { planId: string } =>
  row.planId !== null && row.status === 'submitted' && row.abilities.canApprove;

function SelectBox({ row, selected, onToggle }: { row: Row } & Omit<ListProps, 'plans'>) {
  const { t } = useI18n();
  if (!isBulkApprovable(row)) return null;
  return (
    <label className="review-select">
      <input
        type="checkbox"
        checked={selected.has(row.planId)}
        onChange={() => onToggle(row.planId)}
      />
      <span className="visually-hidden">{t('review.selectFor', { name: row.employee.name })}</span>
    </label>
  );
}

function OpenLink({ row }: { row: Row }) {
  const { t } = useI18n();
  if (!row.planId || !row.abilities.canView) return null;
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

function ExpectationsNote({ row }: { row: Row }) {
  const { t } = useI18n();
  if (!row.hasSupervisorExpectations) return null;
  return <span className="muted review-note">{t('review.hasExpectations')}</span>;
}

function SubmittedOn({ row, bare = false }: { row: Row; bare?: boolean }) {
  const { t, locale } = useI18n();
  if (!row.submittedAt) return null;
  if (bare) return <>{formatDay(row.submittedAt, locale)}</>;
  return (
    <span className="muted">
      {t('review.submittedOn', { date: formatDay(row.submittedAt, locale) })}
    </span>
  );
}

/** Phones: one card per teacher, readable at 360 px. */
export function SchoolPlanCards({ plans, selected, onToggle }: ListProps) {
  const { t } = useI18n();
  return (
    <ul className="plain-list review-cards">
      {plans.map((row) => (
        <li key={row.employee.id} className="card review-card">
          <div className="review-card-head">
            <SelectBox row={row} selected={selected} onToggle={onToggle} />
            <div className="review-card-who">
              <p className="review-name">{row.employee.name}</p>
              <p className="muted">{identityNumber(t, row.employee)}</p>
            </div>
          </div>
          <div className="review-card-status">
            <PlanStatusBadge status={row.status} label={t(`review.status.${row.status}`)} />
            <SubmittedOn row={row} />
            <ExpectationsNote row={row} />
          </div>
          <OpenLink row={row} />
        </li>
      ))}
    </ul>
  );
}

/** Desktop: the same rows as a table. */
export function SchoolPlanTable({ plans, selected, onToggle }: ListProps) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="table review-table">
        <thead>
          <tr>
            <th scope="col" className="review-col-select">
              <span className="visually-hidden">{t('review.col.select')}</span>
            </th>
            <th scope="col">{t('review.col.name')}</th>
            <th scope="col">{t('review.col.nip')}</th>
            <th scope="col">{t('review.col.status')}</th>
            <th scope="col">{t('review.col.submittedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('review.col.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((row) => (
            <tr key={row.employee.id}>
              <td>
                <SelectBox row={row} selected={selected} onToggle={onToggle} />
              </td>
              <th scope="row">{row.employee.name}</th>
              <td>{identityNumber(t, row.employee)}</td>
              <td>
                <PlanStatusBadge status={row.status} label={t(`review.status.${row.status}`)} />{' '}
                <ExpectationsNote row={row} />
              </td>
              <td>
                <SubmittedOn row={row} bare />
              </td>
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
