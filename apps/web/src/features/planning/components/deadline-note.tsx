import type { StageDeadlineDto } from '@kinerja/contract';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';

/** The planning deadline with the days left, an extension, or the lockout (domain.md §2.4, §7 #2). */
export function DeadlineNote({ deadline }: { deadline: StageDeadlineDto | null }) {
  const { t, locale } = useI18n();
  if (!deadline) return null;
  const date = formatDate(deadline.effectiveClosesOn, locale);
  if (deadline.isLockedOut) {
    return (
      <p className="alert alert-error" data-testid="planning-deadline">
        {t('planning.deadline.lockedOut', { date })}
      </p>
    );
  }
  if (deadline.status === 'upcoming') {
    return (
      <p className="note" data-testid="planning-deadline">
        {t('planning.deadline.upcoming', { date: formatDate(deadline.opensOn, locale) })}
      </p>
    );
  }
  const days =
    deadline.daysLeft !== null && deadline.daysLeft >= 0 && deadline.status !== 'closed'
      ? t('planning.deadline.daysLeft', { days: deadline.daysLeft })
      : '';
  return (
    <p
      className={
        deadline.status === 'closing_soon' ? 'plan-deadline plan-deadline-soon' : 'plan-deadline'
      }
      data-testid="planning-deadline"
    >
      {t('planning.deadline.label')}: <strong>{date}</strong>
      {days ? ` (${days})` : ''}
      {deadline.status === 'extended' ? ` — ${t('planning.deadline.extended')}` : ''}
      {deadline.status === 'closed' ? ` — ${t('planning.deadline.closed')}` : ''}
    </p>
  );
}
