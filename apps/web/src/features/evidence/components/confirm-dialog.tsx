import type { ReactNode } from 'react';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';

/** Asks once more before a step: what happens, a "Kembali" and the confirming button. */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  error,
  isPending,
  onConfirm,
  onClose,
  children,
  confirmDisabled,
}: {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  error: string | null;
  isPending: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
  confirmDisabled?: boolean;
}) {
  return (
    <Dialog title={title} onClose={onClose} description={body}>
      <div className="stack">
        {children}
        <FormAlert message={error} />
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {cancelLabel}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={isPending || confirmDisabled}
            aria-busy={isPending || undefined}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
