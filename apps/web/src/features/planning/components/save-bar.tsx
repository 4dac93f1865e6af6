import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { saveTime } from '../../../lib/ui/save-time';
import { isOffline, type SaveStatus } from '../draft/draft-sync';

/**
 * The always-visible save state and "Simpan Draf" (domain.md §3.3: "Simpan Draf" on every tab):
 * "Menyimpan…", "Tersimpan HH.MM", "Belum tersimpan — mencoba lagi".
 */
export function SaveBar({
  status,
  updatedAt,
  onSave,
  onShowConflict,
  isBusy,
  extra,
}: {
  status: SaveStatus;
  /** A line shown above the state, e.g. the running total of competency points. */
  extra?: string | null;
  /** When the server last stored the plan (shown before anything is saved in this visit). */
  updatedAt: string;
  onSave: () => void;
  /** Brings the conflict choice into view (it sits above the tabs). */
  onShowConflict: () => void;
  isBusy: boolean;
}) {
  const { t, locale } = useI18n();
  let text: string;
  let tone = '';
  switch (status.kind) {
    case 'clean':
      text = t('planning.save.saved', { time: saveTime(new Date(updatedAt), locale) });
      tone = 'plan-save-ok';
      break;
    case 'pending':
    case 'saving':
      text = t('planning.save.saving');
      break;
    case 'saved':
      text = status.fromDevice
        ? t('offline.draft.sent', { time: saveTime(status.at, locale) })
        : t('planning.save.saved', { time: saveTime(status.at, locale) });
      tone = 'plan-save-ok';
      break;
    case 'retrying':
      // Offline the typing is safe on the device and goes out by itself (issue 17).
      text = isOffline(status.error) ? t('offline.draft.onDevice') : t('planning.save.retrying');
      tone = 'plan-save-warn';
      break;
    case 'failed':
      text = `${t('planning.save.failed')} ${describeError(status.error, t)}`;
      tone = 'plan-save-error';
      break;
    case 'conflict':
      text = t('planning.save.conflict');
      tone = 'plan-save-error';
      break;
  }
  return (
    <div className="plan-save-bar">
      {extra ? <p className="plan-save-extra">{extra}</p> : null}
      <p className={`plan-save-status ${tone}`} role="status" data-testid="save-status">
        {text}
      </p>
      {status.kind === 'conflict' ? (
        <button type="button" className="btn btn-primary" onClick={onShowConflict}>
          {t('planning.conflict.show')}
        </button>
      ) : (
        <button type="button" className="btn btn-secondary" disabled={isBusy} onClick={onSave}>
          {t('planning.save.button')}
        </button>
      )}
    </div>
  );
}
