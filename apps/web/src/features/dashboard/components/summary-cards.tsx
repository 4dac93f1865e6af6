import type { StageCounts } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatNumber, formatPercent, percentOf } from '../format';

/** The four summary cards: teachers, plans approved, Pelaksanaan done, assessments set (§3.10). */
export function SummaryCards({ totals }: { totals: StageCounts }) {
  const { t, locale } = useI18n();
  const total = formatNumber(totals.teachers, locale);
  const share = (percent: number) =>
    t('dashboard.card.share', { percent: formatPercent(percent, locale), total });
  const stages = [
    {
      key: 'approved',
      label: t('dashboard.card.approved'),
      count: totals.planning.approved,
      percent: percentOf(totals.planning.approved, totals.teachers),
    },
    {
      key: 'executed',
      label: t('dashboard.card.executed'),
      count: totals.executionCompleted,
      percent: percentOf(totals.executionCompleted, totals.teachers),
    },
    {
      key: 'final',
      label: t('dashboard.card.final'),
      count: totals.assessment.final,
      // The server's own figure, so the card and the XLSX agree to the decimal.
      percent: totals.completionPercent,
    },
  ];
  return (
    <dl className="dash-cards" aria-label={t('dashboard.cards')}>
      <div className="card dash-card">
        <dt>{t('dashboard.card.teachers')}</dt>
        <dd className="dash-card-value">{total}</dd>
      </div>
      {stages.map((stage) => (
        <div key={stage.key} className="card dash-card" data-card={stage.key}>
          <dt>{stage.label}</dt>
          <dd className="dash-card-value">{formatNumber(stage.count, locale)}</dd>
          <dd className="dash-card-share">
            <span className="dash-meter" aria-hidden="true">
              <span style={{ width: `${Math.min(stage.percent, 100)}%` }} />
            </span>
            {share(stage.percent)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
