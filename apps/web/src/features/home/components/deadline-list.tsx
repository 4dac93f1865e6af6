import type { HomeResponse } from '@kinerja/contract';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n, type Translate } from '../../../lib/i18n/i18n';
import type { Locale } from '../../../lib/i18n/i18n';

type Deadline = HomeResponse['deadlines'][number];

/** "Perencanaan Kinerja ditutup pada 31 Januari 2026." — one sentence per status (domain.md §2.4). */
function sentence(deadline: Deadline, t: Translate, locale: Locale): string {
  const stage = deadline.label;
  switch (deadline.status) {
    case 'upcoming':
      return t('notices.deadline.opensOn', { stage, date: formatDate(deadline.opensOn, locale) });
    case 'closed':
      return t('notices.deadline.closedOn', {
        stage,
        date: formatDate(deadline.effectiveClosesOn, locale),
      });
    case 'extended':
      return t('notices.deadline.extendedUntil', {
        stage,
        date: formatDate(deadline.effectiveClosesOn, locale),
        general: formatDate(deadline.closesOn, locale),
      });
    default:
      return t('notices.deadline.closesOn', {
        stage,
        date: formatDate(deadline.effectiveClosesOn, locale),
      });
  }
}

/** Days left while a window is open: "5 hari lagi", or "hari terakhir" on its last day. */
export function DaysLeft({ days }: { days: number | null }) {
  const { t } = useI18n();
  if (days === null || days < 0) return null;
  return (
    <span className="due-days">
      {days === 0 ? t('notices.home.lastDay') : t('notices.home.daysLeft', { count: days })}
    </span>
  );
}

/** The stage windows of the period as they apply to the person, with their extensions. */
export function DeadlineList({
  deadlines,
  hasOwnPlan,
}: {
  deadlines: Deadline[];
  /** Only people who plan themselves are told they are locked out. */
  hasOwnPlan: boolean;
}) {
  const { t, locale } = useI18n();
  const isOpen = (d: Deadline) => ['open', 'closing_soon', 'extended'].includes(d.status);
  return (
    <ul className="deadline-list plain-list">
      {deadlines.map((deadline) => (
        <li key={deadline.stage} className={`deadline is-${deadline.status}`}>
          <div className="deadline-head">
            <strong>{deadline.label}</strong>
            <span className={`status-chip is-${deadline.status}`}>
              {t(`notices.deadline.${deadline.status}`)}
            </span>
          </div>
          <p>
            {sentence(deadline, t, locale)}{' '}
            {isOpen(deadline) ? <DaysLeft days={deadline.daysLeft} /> : null}
          </p>
          {deadline.isLockedOut && hasOwnPlan ? (
            <p className="deadline-locked">{t('notices.deadline.lockedOut')}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
