import type { Assessment } from '@kinerja/contract';
import { formatDateTime } from '../../../lib/plans/plan-summary';
import { useI18n } from '../../../lib/i18n/i18n';
import { assessmentPdfUrl } from '../api/assessments-api';

/**
 * A final assessment, read-only: predikat, both ratings, feedback per BerAKHLAK value,
 * "Catatan / Rekomendasi" and the Dokumen Evaluasi Kinerja PDF (domain.md §5.6).
 */
export function AssessmentResult({
  assessment,
  headingId,
  heading,
}: {
  assessment: Assessment;
  headingId: string;
  heading: string;
}) {
  const { t, locale } = useI18n();
  const feedback = assessment.behaviourFeedback.filter((entry) => entry.feedback.trim() !== '');
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-heading">
        {heading}
      </h2>
      <dl className="assessment-facts">
        <div>
          <dt>{t('assessment.form.predikat')}</dt>
          <dd>
            <strong className="assessment-predikat-value">
              {assessment.predikat?.label ?? t('assessment.form.predikatPending')}
            </strong>
          </dd>
        </div>
        <div>
          <dt>{t('assessment.form.workResult')}</dt>
          <dd>{assessment.workResultRating?.label ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('assessment.form.workBehaviour')}</dt>
          <dd>{assessment.workBehaviourRating?.label ?? '—'}</dd>
        </div>
        {assessment.angkaKredit ? (
          <div>
            <dt>{assessment.angkaKredit.careerLevel.label}</dt>
            <dd>{t('assessment.result.angkaKredit', { value: assessment.angkaKredit.value })}</dd>
          </div>
        ) : null}
      </dl>
      <h3>{t('assessment.form.feedback')}</h3>
      {feedback.length === 0 ? (
        <p className="muted">{t('assessment.result.noFeedback')}</p>
      ) : (
        <dl className="assessment-facts">
          {feedback.map((entry) => (
            <div key={entry.value}>
              <dt>{entry.name}</dt>
              <dd className="assessment-text">{entry.feedback}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3>{t('assessment.form.notes')}</h3>
      <p className="assessment-text">{assessment.notes.trim() || '—'}</p>
      {assessment.finalizedAt ? (
        <p className="muted">
          {t('assessment.page.finalOn', {
            date: formatDateTime(assessment.finalizedAt, locale),
            name: assessment.finalizedBy?.name ?? '—',
          })}
        </p>
      ) : null}
      {assessment.id && assessment.abilities.canDownloadPdf ? (
        <a className="btn btn-primary" href={assessmentPdfUrl(assessment.id)} download>
          {t('assessment.result.pdf')}
        </a>
      ) : null}
    </section>
  );
}
