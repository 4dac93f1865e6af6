import type { PlanStatus, StageCounts } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatNumber, formatPercent, percentOf } from '../format';

/** Plan statuses in the order of the plan machine (domain.md §3.10). */
export const PLAN_STATUSES: readonly PlanStatus[] = [
  'not_started',
  'draft',
  'submitted',
  'returned',
  'approved',
];

/**
 * One stacked horizontal bar of the teachers' plan statuses, hand-drawn in SVG, with a legend that
 * repeats every count and share in text so nothing is told by colour alone.
 */
export function PlanStatusChart({ totals }: { totals: StageCounts }) {
  const { t, locale } = useI18n();
  const counts = totals.planning;
  const sum = PLAN_STATUSES.reduce((total, status) => total + counts[status], 0);
  const parts = PLAN_STATUSES.map((status) => ({
    status,
    label: t(`dashboard.planStatus.${status}`),
    count: counts[status],
  }));
  const summary = t('dashboard.chart.planningSummary', {
    total: formatNumber(sum, locale),
    parts: parts
      .map((part) =>
        t('dashboard.chart.part', { label: part.label, count: formatNumber(part.count, locale) }),
      )
      .join(', '),
  });
  let offset = 0;
  return (
    <section className="card dash-chart" aria-labelledby="dash-chart-planning">
      <h2 id="dash-chart-planning" className="card-heading">
        {t('dashboard.chart.planning')}
      </h2>
      <svg
        className="dash-stack"
        role="img"
        aria-label={summary}
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
      >
        <rect className="dash-track" x="0" y="0" width="100" height="10" />
        {parts.map((part) => {
          if (part.count === 0 || sum === 0) return null;
          const width = (part.count / sum) * 100;
          const x = offset;
          offset += width;
          return (
            <rect
              key={part.status}
              className={`dash-fill-${part.status}`}
              x={x}
              y="0"
              width={width}
              height="10"
              // A white edge between neighbours keeps adjacent segments apart without colour.
              stroke="#fff"
              strokeWidth="2"
              vectorEffect="non-scaling-stroke"
            />
          );
        })}
      </svg>
      <ul className="plain-list dash-legend">
        {parts.map((part) => (
          <li key={part.status}>
            <span className={`dash-swatch dash-fill-${part.status}`} aria-hidden="true" />
            <span>{part.label}</span>
            <strong>{formatNumber(part.count, locale)}</strong>
            <span className="muted">({formatPercent(percentOf(part.count, sum), locale)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
