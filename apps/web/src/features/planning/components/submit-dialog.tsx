import type { Plan } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';
import { SupervisionNote } from './supervision-note';

/**
 * "Lanjut Ajukan" → the confirmation of the guides: "Ajukan", "Cek Ulang" (back to what is still
 * missing) or "Simpan Draf" to stop for now (domain.md §3.3 "Rangkuman").
 */
export function SubmitDialog({
  plan,
  errorCount,
  error,
  isBusy,
  onSubmit,
  onReview,
  onSaveDraft,
  onClose,
}: {
  plan: Plan;
  errorCount: number;
  error: string | null;
  isBusy: boolean;
  onSubmit: () => void;
  onReview: () => void;
  onSaveDraft: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const isReady = errorCount === 0;
  return (
    <Dialog
      title={t('planning.submit.title')}
      onClose={onClose}
      description={
        <p>
          {!isReady
            ? t('planning.submit.notReady', { count: errorCount })
            : plan.supervision.mode === 'blocked'
              ? t('journeys.noSupervisor.submit')
              : plan.supervision.mode === 'automatic'
                ? t('journeys.submit.automatic')
                : t('planning.submit.ready')}
        </p>
      }
    >
      <div className="stack">
        {isReady ? <SupervisionNote plan={plan} /> : null}
        <FormAlert message={error} />
        <div className="actions plan-dialog-actions">
          <button
            type="button"
            className="btn btn-secondary"
            disabled={isBusy}
            onClick={onSaveDraft}
          >
            {t('planning.save.button')}
          </button>
          <button type="button" className="btn btn-secondary" disabled={isBusy} onClick={onReview}>
            {t('planning.submit.review')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={isBusy || !isReady}
            onClick={onSubmit}
          >
            {t('planning.submit.submit')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
