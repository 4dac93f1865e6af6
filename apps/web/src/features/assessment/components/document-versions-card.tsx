import type { AssessmentPage } from '@kinerja/contract';
import { useRef, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';
import { fetchAssessmentPage, reissueDocument } from '../api/assessments-api';

/**
 * A final document's numbered versions (number, date, verification code, the stored file's SHA-256)
 * and "Terbitkan versi baru": asked once more, naming the later facts it prints (domain.md §5.6).
 */
export function DocumentVersionsCard({
  page,
  onReissued,
}: {
  page: AssessmentPage;
  onReissued: (next: AssessmentPage, done: string) => void;
}) {
  const { t, locale } = useI18n();
  const [isConfirming, setConfirming] = useState(false);
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const { versions, laterFacts, canReissue } = page.documentVersions;
  const latest = versions[0];
  if (!latest) return null;
  const { assessment } = page;
  const next = latest.versionNumber + 1;

  const issue = async () => {
    // One request at a time: a second tap while one is pending does nothing.
    if (busy.current || !assessment.id) return;
    busy.current = true;
    setPending(true);
    setError(null);
    try {
      const issued = await reissueDocument(assessment.id);
      const fresh = await fetchAssessmentPage(page.plan.id, assessment.document.code);
      setConfirming(false);
      onReissued(
        fresh,
        t('documentVersions.done', {
          number: String(issued.versionNumber),
          documentNumber: issued.documentNumber,
        }),
      );
    } catch (caught) {
      setError(describeError(caught, t));
    } finally {
      busy.current = false;
      setPending(false);
    }
  };

  const facts =
    laterFacts.length > 0 ? (
      <>
        <p>
          <strong>
            {t('documentVersions.laterFactsTitle', { number: String(latest.versionNumber) })}
          </strong>
        </p>
        <ul data-testid="document-later-facts">
          {laterFacts.map((fact) => (
            <li key={fact.label}>{t('documentVersions.laterFact', fact)}</li>
          ))}
        </ul>
      </>
    ) : null;

  return (
    <section className="card" aria-labelledby="document-versions">
      <h2 id="document-versions" className="card-heading">
        {t('documentVersions.heading')}
      </h2>
      <p className="muted">{t('documentVersions.intro')}</p>
      <ol className="document-versions" reversed>
        {versions.map((version) => (
          <li key={version.versionNumber} data-testid="document-version">
            <h3>
              {t('documentVersions.version', { number: String(version.versionNumber) })}
              {version === latest ? ` (${t('documentVersions.latest')})` : ''}
            </h3>
            <dl className="assessment-facts">
              <div>
                <dt>{t('documentVersions.number')}</dt>
                <dd>{version.documentNumber}</dd>
              </div>
              <div>
                <dt>{t('documentVersions.issuedAt')}</dt>
                <dd>{formatDateTime(version.issuedAt, locale)}</dd>
              </div>
              <div>
                <dt>{t('documentVersions.why')}</dt>
                <dd>{t(`documentVersions.reason.${version.reason}`)}</dd>
              </div>
              <div>
                <dt>{t('documentVersions.code')}</dt>
                <dd>{version.verificationCode}</dd>
              </div>
              <div>
                <dt>{t('documentVersions.fileHash')}</dt>
                <dd className="document-hash">
                  {version.fileHash ?? t('documentVersions.fileHashPending')}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
      {canReissue ? (
        laterFacts.length > 0 ? (
          <div className="alert alert-info">
            {facts}
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => {
                setError(null);
                setConfirming(true);
              }}
            >
              {t('documentVersions.reissue')}
            </button>
          </div>
        ) : (
          <p className="muted">{t('documentVersions.noLaterFacts')}</p>
        )
      ) : null}
      {isConfirming ? (
        <Dialog
          title={t('documentVersions.dialogTitle')}
          onClose={() => setConfirming(false)}
          description={
            <>
              <p>
                {t('documentVersions.dialogBody', {
                  name: assessment.employee.name,
                  next: String(next),
                  current: String(latest.versionNumber),
                })}
              </p>
              {facts}
            </>
          }
        >
          <FormAlert message={error} />
          <div className="actions">
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => setConfirming(false)}
            >
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={isPending}
              aria-busy={isPending || undefined}
              onClick={() => void issue()}
            >
              {isPending
                ? t('documentVersions.pending')
                : t('documentVersions.confirm', { next: String(next) })}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
