import { useI18n } from '../../../lib/i18n/i18n';

/** "Pilih semua …" and "Setujui yang dipilih" above the list, for submitted plans the caller may approve. */
export function BulkApproveBar({
  approvableCount,
  selectedCount,
  onSelectAll,
  onApprove,
}: {
  approvableCount: number;
  selectedCount: number;
  onSelectAll: (select: boolean) => void;
  onApprove: () => void;
}) {
  const { t } = useI18n();
  if (approvableCount === 0) return null;
  const allSelected = selectedCount === approvableCount;
  return (
    <div className="card review-bulk-bar">
      <p className="hint">{t('review.bulk.hint')}</p>
      <label className="review-select-all">
        <input
          type="checkbox"
          checked={allSelected}
          ref={(box) => {
            if (box) box.indeterminate = selectedCount > 0 && !allSelected;
          }}
          onChange={() => onSelectAll(!allSelected)}
        />
        <span>{t('review.bulk.selectAll', { count: approvableCount })}</span>
      </label>
      <div className="review-bulk-actions">
        <span aria-live="polite" className="muted">
          {t('review.bulk.selected', { count: selectedCount })}
        </span>
        <button
          type="button"
          className="btn btn-primary"
          disabled={selectedCount === 0}
          onClick={onApprove}
        >
          {t('review.bulk.approve')}
        </button>
      </div>
    </div>
  );
}
