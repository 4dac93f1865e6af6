import type { BulkApprovePlansResponse } from '@kinerja/contract';
import { useRef, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { approvePlansInBulk } from '../../../lib/plans/plans-api';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';

/** A plan chosen for bulk approval, with the teacher's name for the dialog and the results. */
export type BulkChoice = { planId: string; name: string };

/**
 * "Setujui yang dipilih": confirms, then approves each plan on its own (all-or-nothing per plan,
 * so some may fail while others pass) and hands the per-plan results back to the list.
 */
export function BulkApproveDialog({
  schoolId,
  choices,
  onClose,
  onDone,
}: {
  schoolId: string;
  choices: BulkChoice[];
  onClose: () => void;
  onDone: (result: BulkApprovePlansResponse) => void;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const inFlight = useRef(false);

  const confirm = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      onDone(
        await approvePlansInBulk(
          schoolId,
          choices.map((choice) => choice.planId),
        ),
      );
    } catch (caught) {
      setError(describeError(caught, t));
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };

  return (
    <Dialog
      title={t('review.bulk.dialogTitle', { count: choices.length })}
      onClose={onClose}
      description={<p>{t('review.bulk.dialogBody')}</p>}
    >
      <ul className="review-bulk-names">
        {choices.map((choice) => (
          <li key={choice.planId}>{choice.name}</li>
        ))}
      </ul>
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
          onClick={() => void confirm()}
        >
          {isPending ? t('review.approve.pending') : t('review.bulk.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
