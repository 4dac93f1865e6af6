import type { PredikatCounts } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatNumber } from '../format';

/** The five official predikat, best first (domain.md §5.2). */
export const PREDIKATS: readonly (keyof PredikatCounts)[] = [
  'sangat_baik',
  'baik',
  'butuh_perbaikan',
  'kurang',
  'sangat_kurang',
];

// Geometry in viewBox units; at phone width one unit is about one CSS pixel.
const LABEL_WIDTH = 128;
const BAR_WIDTH = 112;
const ROW_HEIGHT = 30;
const WIDTH = 300;

/**
 * A horizontal bar per predikat of the final assessments (domain.md §5.2, §5.3), hand-drawn in SVG;
 * each bar carries its label and count as text beside it.
 */
export function PredikatChart({ counts }: { counts: PredikatCounts }) {
  const { t, locale } = useI18n();
  const total = PREDIKATS.reduce((sum, code) => sum + counts[code], 0);
  const largest = Math.max(1, ...PREDIKATS.map((code) => counts[code]));
  const bars = PREDIKATS.map((code) => ({
    code,
    label: t(`dashboard.predikat.${code}`),
    count: counts[code],
  }));
  const summary = t('dashboard.chart.predikatSummary', {
    total: formatNumber(total, locale),
    parts: bars
      .map((bar) =>
        t('dashboard.chart.part', { label: bar.label, count: formatNumber(bar.count, locale) }),
      )
      .join(', '),
  });
  return (
    <section className="card dash-chart" aria-labelledby="dash-chart-predikat">
      <h2 id="dash-chart-predikat" className="card-heading">
        {t('dashboard.chart.predikat')}
      </h2>
      <svg
        className="dash-bars"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${ROW_HEIGHT * bars.length}`}
      >
        {bars.map((bar, index) => {
          const middle = index * ROW_HEIGHT + ROW_HEIGHT / 2;
          return (
            <g key={bar.code}>
              <text x="0" y={middle} dominantBaseline="middle" className="dash-bar-label">
                {bar.label}
              </text>
              <rect
                className="dash-track"
                x={LABEL_WIDTH}
                y={middle - 8}
                width={BAR_WIDTH}
                height="16"
              />
              <rect
                className={`dash-fill-${bar.code}`}
                x={LABEL_WIDTH}
                y={middle - 8}
                width={(bar.count / largest) * BAR_WIDTH}
                height="16"
              />
              <text
                x={LABEL_WIDTH + BAR_WIDTH + 6}
                y={middle}
                dominantBaseline="middle"
                className="dash-bar-count"
              >
                {formatNumber(bar.count, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      {total === 0 ? <p className="muted">{t('dashboard.chart.noFinal')}</p> : null}
    </section>
  );
}
