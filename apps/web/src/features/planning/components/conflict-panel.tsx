import type { Plan } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';

/**
 * A stale save (409 PLAN_VERSION_CONFLICT): the plan was changed on another device. Nothing is
 * dropped silently — the person keeps their typing on screen and chooses (issue #4 item 8).
 */
export function ConflictPanel({
  server,
  isBusy,
  onKeepMine,
  onTakeTheirs,
}: {
  server: Plan;
  isBusy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t, locale } = useI18n();
  const canKeepMine = server.abilities.canEdit;
  return (
    <section className="plan-conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" className="card-heading" tabIndex={-1}>
        {t('planning.conflict.title')}
      </h2>
      <p>{t('planning.conflict.body', { time: formatDateTime(server.updatedAt, locale) })}</p>
      <ul>
        <li>{t('planning.conflict.mineHelp')}</li>
        <li>{t('planning.conflict.theirsHelp')}</li>
      </ul>
      {canKeepMine ? null : (
        <p className="note">{t('planning.conflict.notEditable', { status: server.statusLabel })}</p>
      )}
      <div className="actions">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={isBusy}
          onClick={onTakeTheirs}
        >
          {t('planning.conflict.theirs')}
        </button>
        {canKeepMine ? (
          <button type="button" className="btn btn-primary" disabled={isBusy} onClick={onKeepMine}>
            {t('planning.conflict.mine')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
