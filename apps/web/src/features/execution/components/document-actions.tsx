import type { WrittenDocument } from '@kinerja/contract';
import { useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { isOffline, isOnline } from '../../../lib/offline/use-online';
import { sendDocument } from '../api/execution-api';
import { ConfirmDialog } from './confirm-dialog';
import type { SaveStateValue } from './save-state';

type Draft = {
  state: SaveStateValue;
  saveNow: () => Promise<WrittenDocument | null>;
  keepMine: () => Promise<WrittenDocument | null>;
  takeTheirs: () => void;
};

/**
 * "Simpan Draf" and "Kirim ke Atasan" of a written document; sending asks first, because a sent
 * document cannot be changed again (domain.md §3.6 [C] SEED4). After a conflict the same place
 * offers to keep the text on screen or take the copy saved on another device.
 */
export function DocumentActions({
  draft,
  kind,
  canSend,
  supervisorName,
  onSent,
}: {
  draft: Draft;
  kind: WrittenDocument['kind'];
  /** Whether there is something to send (a reflection written, a duty ticked). */
  canSend: boolean;
  supervisorName: string | null;
  onSent: (doc: WrittenDocument) => void;
}) {
  const { t } = useI18n();
  const [isConfirming, setConfirming] = useState(false);
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (draft.state.kind === 'conflict') {
    return (
      <div className="alert alert-error exec-conflict" role="alert">
        <p>{t('execution.document.conflict')}</p>
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={draft.takeTheirs}>
            {t('execution.document.takeTheirs')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void draft.keepMine()}>
            {t('execution.document.keepMine')}
          </button>
        </div>
      </div>
    );
  }

  const send = async () => {
    // Sending needs the server (issue 17): offline it asks to reconnect; the typing stays kept.
    if (!isOnline()) {
      setError(t('offline.needsConnection'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const saved = await draft.saveNow();
      if (!saved) {
        setError(t(isOnline() ? 'execution.document.notSaved' : 'offline.needsConnection'));
        return;
      }
      const sent = await sendDocument(saved);
      setConfirming(false);
      onSent(sent);
    } catch (failure) {
      setError(isOffline(failure) ? t('offline.needsConnection') : describeError(failure, t));
    } finally {
      setPending(false);
    }
  };

  const label = t(`execution.document.${kind}`);
  return (
    <>
      <div className="actions exec-doc-actions">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={draft.state.kind === 'saving'}
          onClick={() => void draft.saveNow()}
        >
          {t('execution.document.saveDraft')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!canSend}
          onClick={() => {
            setError(null);
            setConfirming(true);
          }}
        >
          {t('execution.document.send')}
        </button>
      </div>
      {canSend ? null : <p className="hint">{t(`execution.document.sendHint.${kind}`)}</p>}
      {isConfirming ? (
        <ConfirmDialog
          title={t('execution.document.sendTitle')}
          body={
            <>
              <p>
                {supervisorName
                  ? t('execution.document.sendBody', { document: label, name: supervisorName })
                  : t('execution.document.sendBodyNoName', { document: label })}
              </p>
              <p>
                <strong>{t('execution.document.sendWarning')}</strong>
              </p>
            </>
          }
          confirmLabel={t('execution.document.send')}
          pendingLabel={t('execution.document.sending')}
          error={error}
          isPending={isPending}
          onConfirm={() => void send()}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </>
  );
}
