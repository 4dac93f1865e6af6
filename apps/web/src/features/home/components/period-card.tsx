import type { Period } from '@kinerja/contract';
import { useState } from 'react';
import { formatDateRange } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { PeriodDialog } from '../../../lib/session/period-dialog';

const stages = ['planning', 'execution', 'assessment'] as const;

/** The active period and its stage windows (domain.md §2.2, §2.4), with "Ganti periode". */
export function PeriodCard({ period }: { period: Period }) {
  const { t, locale } = useI18n();
  const [isDialogOpen, setDialogOpen] = useState(false);
  return (
    <section className="card" aria-labelledby="period-heading">
      <h2 id="period-heading" className="card-kicker">
        {t('home.period')}
      </h2>
      <p className="card-title" data-testid="active-period">
        {period.label}
      </p>
      <dl className="stages">
        {stages.map((stage) => (
          <div key={stage}>
            <dt>{t(`stage.${stage}`)}</dt>
            <dd>{formatDateRange(period[stage].opensOn, period[stage].closesOn, locale)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="btn btn-secondary" onClick={() => setDialogOpen(true)}>
        {t('home.changePeriod')}
      </button>
      {isDialogOpen ? <PeriodDialog onClose={() => setDialogOpen(false)} /> : null}
    </section>
  );
}
