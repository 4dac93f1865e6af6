import type { StageDeadlineDto } from '@kinerja/contract';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';

/** The Pelaksanaan Kinerja window: until when, days left, an extension (domain.md §2.4). */
export function ExecutionDeadline({ deadline }: { deadline: StageDeadlineDto | null }) {
  const { t, locale } = useI18n();
  if (!deadline) return null;
  if (deadline.status === 'upcoming') {
    return (
      <p className="note" data-testid="execution-deadline">
        {t('execution.deadline.upcoming', { date: formatDate(deadline.opensOn, locale) })}
      </p>
    );
  }
  const date = formatDate(deadline.effectiveClosesOn, locale);
  const days =
    deadline.daysLeft !== null && deadline.daysLeft >= 0 && deadline.status !== 'closed'
      ? ` (${t('execution.deadline.daysLeft', { days: deadline.daysLeft })})`
      : '';
  const soon = deadline.status === 'closing_soon' || deadline.status === 'closed';
  return (
    <p
      className={soon ? 'exec-deadline exec-deadline-soon' : 'exec-deadline'}
      data-testid="execution-deadline"
    >
      {t('execution.deadline.label')}: <strong>{date}</strong>
      {days}
      {deadline.status === 'extended' ? ` — ${t('execution.deadline.extended')}` : ''}
      {deadline.status === 'closed' ? ` — ${t('execution.deadline.closed')}` : ''}
    </p>
  );
}
