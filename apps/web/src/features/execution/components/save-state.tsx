import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { isOffline } from '../../../lib/offline/use-online';
import { saveTime } from '../../../lib/ui/save-time';

/** The states of an autosaved form, as the save line shows them. */
export type SaveStateValue =
  | { kind: 'clean' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; fromDevice?: boolean }
  | { kind: 'retrying'; error: unknown }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict' };

/**
 * The always-visible save line: "Tersimpan 09.15", "Menyimpan…", "Belum tersimpan — mencoba
 * lagi" with "Coba lagi", so nobody has to wonder whether a rating reached the server.
 */
export function SaveState({
  state,
  savedAt,
  onRetry,
  keptOnDevice = false,
}: {
  state: SaveStateValue;
  /** When the server last stored it (shown before anything is saved in this visit). */
  savedAt: string | null;
  onRetry?: () => void;
  /** The form keeps its typing on the device (issue 17): offline it says so instead of failing. */
  keptOnDevice?: boolean;
}) {
  const { t, locale } = useI18n();
  let text: string;
  let tone = 'exec-save-ok';
  switch (state.kind) {
    case 'clean':
      text = savedAt
        ? t('execution.save.saved', { time: saveTime(new Date(savedAt), locale) })
        : t('execution.save.nothing');
      tone = savedAt ? 'exec-save-ok' : '';
      break;
    case 'saved':
      text =
        keptOnDevice && state.fromDevice
          ? t('offline.draft.sent', { time: saveTime(state.at, locale) })
          : t('execution.save.saved', { time: saveTime(state.at, locale) });
      break;
    case 'pending':
      text = t('execution.save.pending');
      tone = 'exec-save-warn';
      break;
    case 'saving':
      text = t('execution.save.saving');
      tone = '';
      break;
    case 'retrying':
      text =
        keptOnDevice && isOffline(state.error)
          ? t('offline.draft.onDevice')
          : `${t('execution.save.retrying')} ${describeError(state.error, t)}`;
      tone = 'exec-save-warn';
      break;
    case 'failed':
      text = `${t('execution.save.failed')} ${describeError(state.error, t)}`;
      tone = 'exec-save-error';
      break;
    case 'conflict':
      text = t('execution.save.conflict');
      tone = 'exec-save-error';
      break;
  }
  const canRetry = onRetry && (state.kind === 'retrying' || state.kind === 'failed');
  return (
    <div className="exec-save">
      <p className={`exec-save-status ${tone}`} role="status" data-testid="save-state">
        {text}
      </p>
      {canRetry ? (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
