import type { Assessment } from '@kinerja/contract';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { useI18n, type Locale } from '../../../lib/i18n/i18n';
import { assessmentPdfUrl } from '../api/assessments-api';

/** "12,5" in Indonesian, "12.5" in English: angka kredit keep up to three decimals (§5.4). */
const formatNumber = (value: number, locale: Locale): string =>
  value.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 3 });

/**
 * A final assessment, read-only: predikat, both ratings, angka kredit, feedback per BerAKHLAK
 * value, "Catatan / Rekomendasi" and the Dokumen Evaluasi Kinerja PDF (domain.md §5.4, §5.6).
 * The assessed person's page also names the period and the Pejabat Penilai Kinerja.
 */
export function AssessmentResult({
  assessment,
  headingId,
  heading,
  showAssessor = false,
}: {
  assessment: Assessment;
  headingId: string;
  heading: string;
  showAssessor?: boolean;
}) {
  const { t, locale } = useI18n();
  const feedback = assessment.behaviourFeedback.filter((entry) => entry.feedback.trim() !== '');
  const credit = assessment.angkaKredit;
  return (
    <section className="card assessment-result" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-heading">
        {heading}
      </h2>
      {showAssessor ? (
        <p className="muted">
          {t('assessment.page.coverage', { coverage: assessment.coverage.label })}
        </p>
      ) : null}
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
        {credit ? (
          <div>
            <dt>{t('assessment.result.angkaKreditLabel')}</dt>
            <dd>
              {t('assessment.result.angkaKredit', {
                value: formatNumber(credit.value, locale),
                level: credit.careerLevel.label,
              })}
            </dd>
          </div>
        ) : null}
        {showAssessor && assessment.assessor ? (
          <div>
            <dt>{t('assessment.result.assessor')}</dt>
            <dd>{assessment.assessor.name}</dd>
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
