import type { PracticeCycle } from '@kinerja/contract';
import { useEffect } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { FinishButton } from './finish-button';
import { ObservationConflicts } from './observation-conflicts';
import { ObservationItem } from './observation-item';
import { SaveState } from './save-state';
import { TextAreaField } from '../../../lib/ui/text-area-field';
import { useObservationSync } from './use-observation-sync';

/**
 * B. Observasi Kinerja on the observer's phone in the classroom (issue #5 item 4): every rating
 * and note is saved by itself, kept on the device until the server has it, and the progress and
 * the save state stay in view at the bottom of the screen.
 */
export function ObservationForm({
  cycle,
  onCycle,
}: {
  cycle: PracticeCycle;
  onCycle: (cycle: PracticeCycle) => void;
}) {
  const { t } = useI18n();
  const [sync, snapshot] = useObservationSync(cycle);
  const latest = snapshot.cycle;
  // Keep the page (stepper, abilities) in step with what the autosave brings back.
  useEffect(() => onCycle(latest), [latest, onCycle]);

  const { rated, total, status } = snapshot;
  // The server says every behaviour is rated; "Selesai observasi" saves what is typed first.
  const canFinish = latest.abilities.canFinishObservation && rated === total;
  const targets = new Map(latest.indicator.targets.map((target) => [target.code, target]));

  return (
    <div className="stack exec-editor exec-observation">
      {snapshot.wasRestored ? (
        <p className="alert alert-info" role="status">
          {t('execution.observation.restored')}
        </p>
      ) : null}
      <p className="hint">{t('execution.observation.hint')}</p>
      {snapshot.conflicts.length > 0 ? (
        <ObservationConflicts
          conflicts={snapshot.conflicts}
          scale={latest.scale}
          onKeepMine={() => void sync.keepMine()}
          onTakeTheirs={() => void sync.takeTheirs()}
        />
      ) : null}
      <ol className="plain-list exec-obs-list">
        {latest.observation.ratings.map((item, index) => (
          <li key={item.code}>
            <ObservationItem
              item={item}
              number={index + 1}
              entry={snapshot.entries[item.code] ?? { rating: null, note: '' }}
              scale={latest.scale}
              target={targets.get(item.code)}
              onRate={(rating) => sync.rate(item.code, rating)}
              onNote={(note) => sync.setNote(item.code, note)}
            />
          </li>
        ))}
      </ol>
      <TextAreaField
        label={t('execution.observation.generalNote')}
        value={snapshot.generalNote}
        maxLength={2000}
        onChange={(event) => sync.setGeneralNote(event.target.value)}
      />
      <div className="exec-obs-bar">
        <div className="exec-obs-progress">
          <progress max={Math.max(total, 1)} value={rated} aria-hidden="true" />
          <span data-testid="observation-progress">
            {t('execution.observation.progress', { rated, total })}
          </span>
        </div>
        <SaveState
          state={status}
          savedAt={latest.updatedAt}
          onRetry={() => void sync.retryNow()}
          keptOnDevice
        />
        {rated === total && total > 0 ? (
          <FinishButton
            cycle={latest}
            finish="observation"
            label={t('execution.observation.finish')}
            title={t('execution.observation.finishTitle')}
            body={
              <p>{t('execution.observation.finishBody', { total, name: latest.employee.name })}</p>
            }
            disabled={!canFinish}
            beforeFinish={async () => ((await sync.flush()) ? sync.getSnapshot().cycle : null)}
            onCycle={(next) => {
              // Finished: nothing is left to keep here. A stale answer keeps the ratings on screen.
              if (next.state !== 'observation') sync.replaceCycle(next);
              onCycle(next);
            }}
          />
        ) : null}
      </div>
      {rated < total ? (
        <p className="hint">{t('execution.observation.finishHint', { rated, total })}</p>
      ) : null}
    </div>
  );
}
