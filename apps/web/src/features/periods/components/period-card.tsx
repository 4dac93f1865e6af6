import type { AdminPeriod } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDate, formatDateRange } from '../../../lib/i18n/format-date';
import { windowsOf } from './edit-windows-form';
import { WINDOW_STAGES } from './window-fields';

/** One period: its rules, when it shows to users, and each stage's dates. */
export function PeriodCard({
  period,
  ruleSetLabel,
  onEdit,
}: {
  period: AdminPeriod;
  ruleSetLabel: string;
  onEdit: () => void;
}) {
  const { t, locale } = useI18n();
  const windows = windowsOf(period);
  return (
    <article className="card stack" aria-labelledby={`period-${period.id}`}>
      <h2 id={`period-${period.id}`} className="card-heading">
        {period.label}
      </h2>
      <p className="note">{t('periods.ruleSet', { label: ruleSetLabel })}</p>
      <p>
        {period.isOpen
          ? t('periods.isOpen')
          : t('periods.opensOn', { date: formatDate(period.opensOn, locale) })}
        {period.isCurrent ? ` · ${t('periods.current')}` : ''}
      </p>
      {period.windowsAreDefaults ? <p className="badge">{t('periods.defaults')}</p> : null}
      <dl className="facts facts-compact">
        {WINDOW_STAGES.map(({ key, label }) => {
          const window = windows[key];
          return window ? (
            <div key={key}>
              <dt>{t(label)}</dt>
              <dd>{formatDateRange(window.opensOn, window.closesOn, locale)}</dd>
            </div>
          ) : null;
        })}
      </dl>
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={onEdit}>
          {t('periods.edit', { label: period.label })}
        </button>
      </div>
    </article>
  );
}
