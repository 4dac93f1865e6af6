import type { WrittenDocument } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';

/** What a document holds, read-only: the reflection, or each duty ticked or not. */
export function DocumentContent({ doc }: { doc: WrittenDocument }) {
  const { t } = useI18n();
  if (doc.reflection) {
    return doc.reflection.text.trim() ? (
      <blockquote className="exec-quote">{doc.reflection.text}</blockquote>
    ) : (
      <p className="muted">{t('execution.document.emptyText')}</p>
    );
  }
  const duties = doc.checklist?.duties ?? [];
  return (
    <ul className="plain-list exec-checklist">
      {duties.map((duty) => (
        <li key={duty.code} data-done={duty.isCompleted}>
          <span aria-hidden="true" className="exec-tick">
            {duty.isCompleted ? '✓' : '—'}
          </span>
          <span>
            {duty.name}
            {duty.isFocus ? <strong> — {t('execution.checklist.focus')}</strong> : null}
            <span className="visually-hidden">
              {' '}
              {duty.isCompleted ? t('execution.checklist.done') : t('execution.checklist.notDone')}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The atasan's confirmation of the dokumen akuntabilitas, or that it is still awaited (§3.6, §3.7). */
export function AccountabilityNote({ doc }: { doc: WrittenDocument }) {
  const { t, locale } = useI18n();
  const accountability = doc.accountability;
  if (!accountability) return null;
  if (accountability.isConfirmed) {
    return (
      <div className="alert exec-confirmed" data-testid="accountability-confirmed">
        <p>
          {t('execution.accountability.confirmed', {
            name: accountability.confirmedBy?.name ?? '-',
            date: accountability.confirmedAt
              ? formatDateTime(accountability.confirmedAt, locale)
              : '',
          })}
        </p>
        {accountability.note ? (
          <p>
            {t('execution.accountability.note')}: {accountability.note}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <p className="note">
      {doc.state === 'sent' ? t('execution.accountability.awaiting') : accountability.description}
    </p>
  );
}
