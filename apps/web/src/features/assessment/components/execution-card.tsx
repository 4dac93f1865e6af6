import type { ExecutionSummary } from '@kinerja/contract';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n, type Locale, type Translate } from '../../../lib/i18n/i18n';
import { readerClock } from '../../../lib/i18n/reader-time';

type Document = ExecutionSummary['documents'][number];

/** The observation scale, best first (domain.md §2.3, Siklus B). */
const SCALE = ['done_effective', 'done_not_effective', 'not_done'] as const;

/** The day of an instant in the school's legal time, e.g. "12 Maret 2025". */
function dayOf(iso: string, locale: Locale): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return formatDate(readerClock(at).day, locale);
}

/** Where a written document stands: sent when, and whether the atasan confirmed it (§3.6). */
function documentStatus(document: Document, t: Translate, locale: Locale): string {
  if (!document.sentAt) return document.state;
  const sent = t('assessment.execution.sentOn', { date: dayOf(document.sentAt, locale) });
  if (!document.confirmedAt) return sent;
  const confirmed = t('assessment.execution.confirmedOn', {
    date: dayOf(document.confirmedAt, locale),
  });
  return `${sent} · ${confirmed}`;
}

/** Whatever Pelaksanaan left: evidence, execution documents and the practice cycle (§3.9). */
export function ExecutionCard({ execution }: { execution: ExecutionSummary }) {
  const { t, locale } = useI18n();
  const { evidence, documents, practiceCycle: cycle } = execution;
  const isEmpty = !evidence && documents.length === 0 && !cycle;
  return (
    <section className="card" aria-labelledby="assessment-execution">
      <h2 id="assessment-execution" className="card-heading">
        {t('assessment.execution.title')}
      </h2>
      {isEmpty ? <p className="muted">{t('assessment.execution.none')}</p> : null}
      {evidence ? <p>{t('assessment.execution.evidence', evidence)}</p> : null}
      {documents.length > 0 ? (
        <section className="assessment-part">
          <h3>{t('assessment.execution.documents')}</h3>
          <ul className="assessment-documents-list">
            {documents.map((document) => (
              <li key={document.kind}>
                <span>{document.label}</span>
                <span className="assessment-detail">{documentStatus(document, t, locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {cycle ? (
        <section className="assessment-part assessment-stack">
          <h3>{t('assessment.execution.cycle')}</h3>
          <p>
            <span className="badge">{cycle.stateLabel}</span>
          </p>
          <div>
            <p>
              {t('assessment.execution.observation', {
                rated: cycle.observation.rated,
                total: cycle.observation.total,
              })}
            </p>
            {cycle.observation.rated > 0 ? (
              <ul>
                {SCALE.map((code) => (
                  <li key={code}>
                    {t(`assessment.execution.scale.${code}`)}:{' '}
                    <strong>{cycle.observation.counts[code] ?? 0}</strong>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <dl className="assessment-facts">
            {(
              [
                ['assessment.execution.generalNote', cycle.generalNote],
                ['assessment.execution.followUp', cycle.followUpAgreement],
                ['assessment.execution.reflection', cycle.reflection],
              ] as const
            )
              .filter(([, text]) => text.trim() !== '')
              .map(([key, text]) => (
                <div key={key}>
                  <dt>{t(key)}</dt>
                  <dd className="assessment-text">{text}</dd>
                </div>
              ))}
          </dl>
        </section>
      ) : null}
    </section>
  );
}
