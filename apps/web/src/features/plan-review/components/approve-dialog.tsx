import { useI18n } from '../../../lib/i18n/i18n';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';

/** "Setujui" asks once more before the plan is approved with the written expectations. */
export function ApproveDialog({
  name,
  error,
  isPending,
  onConfirm,
  onClose,
}: {
  name: string;
  error: string | null;
  isPending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      title={t('review.approve.dialogTitle')}
      onClose={onClose}
      description={<p>{t('review.approve.dialogBody', { name })}</p>}
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
          {isPending ? t('review.approve.pending') : t('review.approve.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
