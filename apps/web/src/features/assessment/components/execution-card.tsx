import type { ExecutionSummary } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/** Whatever Pelaksanaan left: evidence, execution documents and the practice cycle (§3.9). */
export function ExecutionCard({ execution }: { execution: ExecutionSummary }) {
  const { t } = useI18n();
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
          <ul>
            {documents.map((document) => (
              <li key={document.kind}>
                {document.label} — <span className="muted">{document.state}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {cycle ? (
        <section className="assessment-part">
          <h3>{t('assessment.execution.cycle')}</h3>
          <p>
            <span className="badge">{cycle.stateLabel}</span>
          </p>
          <p>
            {t('assessment.execution.observation', {
              rated: cycle.observation.rated,
              total: cycle.observation.total,
            })}
          </p>
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
