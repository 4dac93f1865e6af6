import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import type { StoredDraft } from '../draft/draft-storage';

/** Offers back typing kept on this device that the server never confirmed (reload, crash). */
export function RestoreBanner({
  stored,
  serverVersion,
  onRestore,
  onDiscard,
}: {
  stored: StoredDraft;
  serverVersion: number;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const { t, locale } = useI18n();
  return (
    <section className="plan-restore alert alert-info" aria-labelledby="restore-heading">
      <h2 id="restore-heading" className="card-heading">
        {t('planning.restore.title')}
      </h2>
      <p>{t('planning.restore.body', { time: formatDateTime(stored.storedAt, locale) })}</p>
      {stored.version < serverVersion ? (
        <p className="note">{t('planning.restore.older')}</p>
      ) : null}
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={onDiscard}>
          {t('planning.restore.discard')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onRestore}>
          {t('planning.restore.restore')}
        </button>
      </div>
    </section>
  );
}
