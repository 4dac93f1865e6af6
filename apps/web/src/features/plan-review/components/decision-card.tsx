import type { Plan } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/** "Setujui" and "Kembalikan" as the API allows them, or why this viewer only reads. */
export function DecisionCard({
  plan,
  error,
  isPending,
  onApprove,
  onReturn,
}: {
  plan: Plan;
  error: string | null;
  isPending: boolean;
  onApprove: () => void;
  onReturn: () => void;
}) {
  const { t } = useI18n();
  const { canApprove, canReturn } = plan.abilities;
  const decides = canApprove || canReturn;
  if (!decides && !error) {
    return plan.status === 'submitted' ? <p className="note">{t('review.plan.readOnly')}</p> : null;
  }
  return (
    <section className="card review-decision" aria-labelledby="review-decision-title">
      <h2 id="review-decision-title" className="card-heading">
        {t('review.decision.title')}
      </h2>
      <div role="alert" className={error ? 'alert alert-error' : 'alert-empty'}>
        {error}
      </div>
      {decides ? (
        <div className="review-decision-actions">
          {canApprove ? (
            <button
              type="button"
              className="btn btn-primary"
              disabled={isPending}
              onClick={onApprove}
            >
              {t('review.approve')}
            </button>
          ) : null}
          {canReturn ? (
            <button
              type="button"
              className="btn btn-secondary review-return"
              disabled={isPending}
              onClick={onReturn}
            >
              {t('review.return')}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
