import type { FormEvent } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';
import { TextAreaField } from '../../../lib/ui/text-area-field';

/**
 * "Kembalikan" with a required "Catatan" the employee sees when revising (domain.md §3.10 return
 * path); the server judges the note, and its message appears on the field.
 */
export function ReturnDialog({
  name,
  note,
  noteError,
  error,
  isPending,
  onNoteChange,
  onConfirm,
  onClose,
}: {
  name: string;
  note: string;
  noteError: string | undefined;
  error: string | null;
  isPending: boolean;
  onNoteChange: (note: string) => void;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm();
  };
  return (
    <Dialog
      title={t('review.return.dialogTitle')}
      onClose={onClose}
      description={<p>{t('review.return.dialogBody', { name })}</p>}
    >
      <form onSubmit={submit} noValidate className="stack">
        <TextAreaField
          label={t('review.return.note')}
          hint={t('review.return.noteHint')}
          error={noteError}
          value={note}
          rows={5}
          aria-required="true"
          onChange={(event) => onNoteChange(event.target.value)}
        />
        <FormAlert message={error} />
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-danger"
            disabled={isPending}
            aria-busy={isPending || undefined}
          >
            {isPending ? t('review.return.pending') : t('review.return.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
