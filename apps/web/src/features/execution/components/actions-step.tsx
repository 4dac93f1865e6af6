import type { PracticeCycle } from '@kinerja/contract';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { Field } from '../../../lib/ui/field';
import { FormAlert } from '../../../lib/ui/form-alert';
import { saveActions } from '../api/practice-api';
import { FinishButton } from './finish-button';
import { FollowUpAgreement } from './step-views';
import { TextAreaField } from '../../../lib/ui/text-area-field';
import { useCycleWrite } from './use-cycle-write';
import { useLeaveWarning } from './use-leave-warning';
import { readerClock } from '../../../lib/i18n/reader-time';

/** The server keeps at most this many actions. */
const MAX_ACTIONS = 20;

type Action = { date: string; description: string };

const cleaned = (actions: Action[]) =>
  actions
    .map((action) => ({ date: action.date, description: action.description.trim() }))
    // A row without a description is not an action yet (a fresh row already has today's date).
    .filter((action) => action.description !== '');

/** Today in the school's legal time as YYYY-MM-DD (actions are not logged in the future). */
function today(): string {
  return readerClock(new Date()).day;
}

/**
 * D. Upaya Tindak Lanjut: the employee first confirms the agreed follow-up, then logs what they
 * did (date and description); the list stays editable until the step is finished (§2.3).
 */
export function ActionsForm({
  cycle,
  onCycle,
}: {
  cycle: PracticeCycle;
  onCycle: (cycle: PracticeCycle) => void;
}) {
  const { t } = useI18n();
  const write = useCycleWrite(onCycle);
  const [actions, setActions] = useState<Action[]>(() =>
    cycle.actions.length > 0
      ? cycle.actions.map((a) => ({ ...a }))
      : [{ date: today(), description: '' }],
  );
  const isDirty = JSON.stringify(cleaned(actions)) !== JSON.stringify(cycle.actions);
  useLeaveWarning(isDirty);
  const save = () => write.run(() => saveActions(cycle, cleaned(actions)));
  const change = (index: number, patch: Partial<Action>) =>
    setActions((current) => current.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  const { abilities } = cycle;
  const isAcknowledged = cycle.followUp.acknowledgedAt !== null;

  return (
    <div className="stack exec-editor">
      <FollowUpAgreement cycle={cycle} />
      {abilities.canAcknowledgeFollowUp ? (
        <div className="exec-acknowledge">
          <p>{t('execution.actions.acknowledgeHint')}</p>
          <FinishButton
            cycle={cycle}
            finish="acknowledge"
            label={t('execution.actions.acknowledge')}
            title={t('execution.actions.acknowledgeTitle')}
            body={<p>{t('execution.actions.acknowledgeBody')}</p>}
            onCycle={onCycle}
          />
        </div>
      ) : null}
      <fieldset className="choice-list">
        <legend>{t('execution.actions.legend')}</legend>
        <p className="hint">{t('execution.actions.hint')}</p>
        <ol className="plain-list exec-actions">
          {actions.map((action, index) => (
            <li key={index} className="exec-action">
              <p className="exec-action-title">
                {t('execution.actions.item', { number: index + 1 })}
              </p>
              <Field
                type="date"
                label={t('execution.actions.date', { number: index + 1 })}
                value={action.date}
                min={cycle.executionDeadline?.opensOn}
                max={today()}
                error={write.fields[`actions[${index}].date`]}
                onChange={(event) => change(index, { date: event.target.value })}
              />
              <TextAreaField
                label={t('execution.actions.description', { number: index + 1 })}
                value={action.description}
                maxLength={1000}
                rows={3}
                error={write.fields[`actions[${index}].description`]}
                onChange={(event) => change(index, { description: event.target.value })}
              />
              <button
                type="button"
                className="btn-link"
                onClick={() => setActions((current) => current.filter((_, i) => i !== index))}
              >
                {t('execution.actions.remove', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        {actions.length < MAX_ACTIONS ? (
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() =>
              setActions((current) => [...current, { date: today(), description: '' }])
            }
          >
            {t('execution.actions.add')}
          </button>
        ) : null}
      </fieldset>
      <FormAlert message={write.error} />
      <div className="actions">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={write.isPending}
          onClick={() => void save()}
        >
          {write.isPending ? t('common.saving') : t('execution.cycle.save')}
        </button>
        <FinishButton
          cycle={cycle}
          finish="actions"
          label={t('execution.actions.finish')}
          title={t('execution.actions.finishTitle')}
          body={<p>{t('execution.actions.finishBody')}</p>}
          disabled={!isAcknowledged || cleaned(actions).length === 0}
          beforeFinish={() => (isDirty ? save() : Promise.resolve(cycle))}
          onCycle={onCycle}
        />
      </div>
      {!isAcknowledged ? <p className="hint">{t('execution.actions.finishHint')}</p> : null}
    </div>
  );
}
