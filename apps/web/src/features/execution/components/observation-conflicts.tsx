import type { PracticeCycle } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import type { ObservationConflict } from './observation-sync';

/**
 * Behaviours rated on another device too since this one last read them: both values are shown,
 * nothing is dropped until the observer chooses (issue #5 item 4).
 */
export function ObservationConflicts({
  conflicts,
  scale,
  onKeepMine,
  onTakeTheirs,
}: {
  conflicts: readonly ObservationConflict[];
  scale: PracticeCycle['scale'];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { t } = useI18n();
  const labelOf = (rating: string | null) =>
    scale.find((option) => option.value === rating)?.label ?? t('execution.observation.unrated');
  return (
    <section
      className="alert alert-error exec-conflict"
      role="alert"
      aria-labelledby="exec-obs-conflict"
    >
      <h3 id="exec-obs-conflict" className="card-heading">
        {t('execution.observation.conflictTitle')}
      </h3>
      <p>{t('execution.observation.conflictBody')}</p>
      <ul>
        {conflicts.map((conflict) => (
          <li key={conflict.code}>
            <strong>{conflict.text}</strong>
            <br />
            {t('execution.observation.conflictMine', { rating: labelOf(conflict.mine.rating) })}
            {conflict.mine.note ? ` — “${conflict.mine.note}”` : ''}
            <br />
            {t('execution.observation.conflictTheirs', { rating: labelOf(conflict.theirs.rating) })}
            {conflict.theirs.note ? ` — “${conflict.theirs.note}”` : ''}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={onTakeTheirs}>
          {t('execution.observation.takeTheirs')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onKeepMine}>
          {t('execution.observation.keepMine')}
        </button>
      </div>
    </section>
  );
}
