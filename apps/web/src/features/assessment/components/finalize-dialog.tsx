import { useI18n } from '../../../lib/i18n/i18n';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';

/** "Tetapkan" asks once more: afterwards the assessment is final and cannot change (§3.9). */
export function FinalizeDialog({
  name,
  predikatLabel,
  error,
  isPending,
  onConfirm,
  onClose,
}: {
  name: string;
  predikatLabel: string | null;
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
