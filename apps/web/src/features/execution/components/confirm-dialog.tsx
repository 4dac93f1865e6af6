import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';

/**
 * Asks once more before a step that cannot be undone ("Kirim ke Atasan", finishing a step of the
 * cycle): what happens, that it cannot be changed afterwards, and the confirming button.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  pendingLabel,
  error,
  isPending,
  onConfirm,
  onClose,
  children,
}: {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  error: string | null;
  isPending: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** Extra fields (e.g. an optional note). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Dialog title={title} onClose={onClose} description={body}>
      <div className="stack">
        {children}
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
            {isPending ? (pendingLabel ?? t('common.saving')) : confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
