import type { WrittenDocument } from '@kinerja/contract';
import { useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';
import { Loading } from '../../../lib/ui/loading';
import { confirmAccountability, fetchDocument } from '../api/execution-api';
import { AccountabilityNote, DocumentContent } from './document-content';
import { TextAreaField } from '../../../lib/ui/text-area-field';

/**
 * A supervisor reads an employee's document; for the Dokumen Pelaksanaan Tugas Pokok they confirm
 * the dokumen akuntabilitas, with an optional note, once it is sent (domain.md §3.5–§3.7).
 */
export function DocumentDialog({
  planId,
  kind,
  employeeName,
  onClose,
  onConfirmed,
}: {
  planId: string;
  kind: WrittenDocument['kind'];
  employeeName: string;
  onClose: () => void;
  onConfirmed: (doc: WrittenDocument) => void;
}) {
  const { t, locale } = useI18n();
  const [doc, setDoc] = useState<WrittenDocument | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  useEffect(() => {
    let live = true;
    void fetchDocument(planId, kind).then(
      (loaded) => live && setDoc(loaded),
      (failure: unknown) => live && setLoadError(describeError(failure, t)),
    );
    return () => {
      live = false;
    };
  }, [planId, kind, t]);

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      const confirmed = await confirmAccountability(planId, note);
      setDoc(confirmed);
      onConfirmed(confirmed);
    } catch (failure) {
      setError(describeError(failure, t));
    } finally {
      setPending(false);
    }
  };

  const canConfirm = doc?.abilities.canConfirmAccountability ?? false;
  return (
    <Dialog
      title={t(`execution.document.${kind}`)}
      onClose={onClose}
      description={<p>{employeeName}</p>}
    >
      <div className="stack exec-dialog-body">
        {!doc && !loadError ? <Loading label={t('common.loading')} /> : null}
        {loadError ? <p className="alert alert-error">{loadError}</p> : null}
        {doc ? (
          <>
            {doc.sentAt ? (
              <p className="muted">
                {t('execution.document.sentAt', { date: formatDateTime(doc.sentAt, locale) })}
              </p>
            ) : (
              <p className="note">{t('execution.review.notSent')}</p>
            )}
            {doc.state === 'sent' ? <DocumentContent doc={doc} /> : null}
            {doc.accountability ? (
              <>
                <p>{doc.accountability.description}</p>
                {doc.accountability.isConfirmed ? <AccountabilityNote doc={doc} /> : null}
              </>
            ) : null}
            {canConfirm ? (
              <TextAreaField
                label={`${t('execution.accountability.note')} (${t('common.optionalHint')})`}
                value={note}
                maxLength={1000}
                rows={3}
                onChange={(event) => setNote(event.target.value)}
              />
            ) : null}
          </>
        ) : null}
        <FormAlert message={error} />
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.close')}
          </button>
          {canConfirm ? (
            <button
              type="button"
              className="btn btn-primary"
              disabled={isPending}
              aria-busy={isPending || undefined}
              onClick={() => void confirm()}
            >
              {isPending ? t('common.saving') : t('execution.accountability.confirm')}
            </button>
          ) : null}
        </div>
      </div>
    </Dialog>
  );
}
