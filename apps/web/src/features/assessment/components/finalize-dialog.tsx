import { useI18n } from '../../../lib/i18n/i18n';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';

/** "Tetapkan" asks once more: afterwards the assessment is final and cannot change (§3.9). */
export function FinalizeDialog({
  name,
  predikatLabel,
  missing,
  documentWarnings = [],
  error,
  isPending,
  onConfirm,
  onClose,
}: {
  name: string;
  predikatLabel: string | null;
  /** Execution results not produced yet (domain missingExecutionResults): warned, not blocking. */
  missing: ReadonlyArray<{ code: string; message: string }>;
  /** About the document itself (domain documentWarnings, e.g. capaian not known): warned, not blocking. */
  documentWarnings?: ReadonlyArray<{ code: string; message: string }>;
  error: string | null;
  isPending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      title={t('assessment.finalize.title')}
      onClose={onClose}
      description={
        <>
          <p>{t('assessment.finalize.body', { name })}</p>
          {predikatLabel ? (
            <p>
              <strong>{t('assessment.finalize.predikat', { label: predikatLabel })}</strong>
            </p>
          ) : null}
          {missing.length > 0 ? (
            <div className="alert alert-error" role="alert" data-testid="finalize-missing">
              <p>
                <strong>{t('assessment.finalize.missingTitle')}</strong>
              </p>
              <ul>
                {missing.map((item) => (
                  <li key={item.code}>{item.message}</li>
                ))}
              </ul>
              <p>{t('assessment.finalize.missingNote')}</p>
            </div>
          ) : null}
          {documentWarnings.length > 0 ? (
            <div className="alert alert-info" role="alert" data-testid="finalize-document-warnings">
              <p>
                <strong>{t('assessment.finalize.documentTitle')}</strong>
              </p>
              <ul>
                {documentWarnings.map((item) => (
                  <li key={item.code}>{item.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      }
    >
      <FormAlert message={error} />
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={isPending}
          aria-busy={isPending || undefined}
          onClick={onConfirm}
        >
          {isPending ? t('assessment.finalize.pending') : t('assessment.finalize.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
