import type { PracticeCycle } from '@kinerja/contract';
import { useState } from 'react';
import { Field } from '../../../lib/ui/field';
import { FormAlert } from '../../../lib/ui/form-alert';
import { useI18n } from '../../../lib/i18n/i18n';
import { savePreparation } from '../api/practice-api';
import { observerNames } from './cycle-people';
import { FinishButton } from './finish-button';
import { ModulAjarField } from './modul-ajar-field';
import { TargetDetails } from './target-details';
import { TextAreaField } from '../../../lib/ui/text-area-field';
import { useCycleWrite } from './use-cycle-write';
import { useLeaveWarning } from './use-leave-warning';

/** Written-out focus behaviours when the catalogue has no targets (domain.md §4.1, §8.1). */
const MAX_CUSTOM_FOCUS = 5;

type Form = {
  focusCodes: string[];
  custom: string[];
  date: string;
  time: string;
  specificBehaviour: string;
  efforts: string;
};

function formOf(cycle: PracticeCycle): Form {
  const p = cycle.preparation;
  return {
    focusCodes: [...p.focusBehaviourCodes],
    custom: p.customFocusBehaviours.length > 0 ? [...p.customFocusBehaviours] : [''],
    date: p.scheduledDate ?? '',
    time: p.scheduledTime ?? '',
    specificBehaviour: p.specificBehaviour,
    efforts: p.effortsToReachTarget,
  };
}

const requestOf = (form: Form, hasTargets: boolean) => ({
  focusBehaviourCodes: hasTargets ? form.focusCodes : [],
  customFocusBehaviours: hasTargets
    ? []
    : form.custom.map((text) => text.trim()).filter((text) => text !== ''),
  scheduledDate: form.date || null,
  scheduledTime: form.time || null,
  specificBehaviour: form.specificBehaviour,
  effortsToReachTarget: form.efforts,
});

/**
 * A. Diskusi Persiapan, filled by the employee and the observer together: the focus behaviours,
 * the observation's date and time, the 2025+ "Isi Dokumen" fields and an optional Modul Ajar
 * (domain.md §2.3, §3.6 [S] TXRXNOVI).
 */
export function PreparationForm({
  cycle,
  onCycle,
}: {
  cycle: PracticeCycle;
  onCycle: (cycle: PracticeCycle) => void;
}) {
  const { t } = useI18n();
  const write = useCycleWrite(onCycle);
  const [form, setForm] = useState<Form>(() => formOf(cycle));
  const targets = cycle.indicator.targets;
  const hasTargets = targets.length > 0;
  const isDirty =
    JSON.stringify(requestOf(form, hasTargets)) !==
    JSON.stringify(requestOf(formOf(cycle), hasTargets));
  useLeaveWarning(isDirty);
  const change = (patch: Partial<Form>) => setForm((current) => ({ ...current, ...patch }));
  const save = () => write.run(() => savePreparation(cycle, requestOf(form, hasTargets)));
  const stage = cycle.executionDeadline;
  const err = write.fields;

  return (
    <div className="stack exec-editor">
      {hasTargets ? (
        <fieldset className="choice-list">
          <legend>{t('execution.preparation.focusLegend')}</legend>
          <p className="hint">{t('execution.preparation.focusHint')}</p>
          {targets.map((target) => (
            <div key={target.code} className="exec-target">
              <label className="radio">
                <input
                  type="checkbox"
                  checked={form.focusCodes.includes(target.code)}
                  onChange={(event) =>
                    change({
                      focusCodes: event.target.checked
                        ? [...form.focusCodes, target.code]
                        : form.focusCodes.filter((code) => code !== target.code),
                    })
                  }
                />
                <span>{target.text}</span>
              </label>
              <TargetDetails target={target} />
            </div>
          ))}
          {err.focusBehaviourCodes ? (
            <p className="field-error">{err.focusBehaviourCodes}</p>
          ) : null}
        </fieldset>
      ) : (
        <fieldset className="choice-list">
          <legend>{t('execution.preparation.customLegend')}</legend>
          <p className="hint">{t('execution.preparation.customHint', { max: MAX_CUSTOM_FOCUS })}</p>
          {form.custom.map((text, index) => (
            <div key={index} className="exec-custom-focus">
              <Field
                label={t('execution.preparation.customLabel', { number: index + 1 })}
                value={text}
                maxLength={300}
                error={err[`customFocusBehaviours[${index}]`]}
                onChange={(event) =>
                  change({
                    custom: form.custom.map((c, i) => (i === index ? event.target.value : c)),
                  })
                }
              />
              {form.custom.length > 1 ? (
                <button
                  type="button"
                  className="btn-link"
                  onClick={() => change({ custom: form.custom.filter((_, i) => i !== index) })}
                >
                  {t('execution.preparation.customRemove', { number: index + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          {form.custom.length < MAX_CUSTOM_FOCUS ? (
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => change({ custom: [...form.custom, ''] })}
            >
              {t('execution.preparation.customAdd')}
            </button>
          ) : null}
          {err.customFocusBehaviours ? (
            <p className="field-error">{err.customFocusBehaviours}</p>
          ) : null}
        </fieldset>
      )}

      <fieldset className="choice-list exec-schedule">
        <legend>{t('execution.preparation.schedule')}</legend>
        <p className="hint">
          {t(
            cycle.employee.kind === 'principal'
              ? 'execution.preparation.scheduleHintPrincipal'
              : 'execution.preparation.scheduleHint',
          )}
        </p>
        <div className="exec-schedule-fields">
          <Field
            type="date"
            label={t('execution.preparation.date')}
            value={form.date}
            min={stage?.opensOn}
            max={stage?.effectiveClosesOn}
            error={err.scheduledDate}
            onChange={(event) => change({ date: event.target.value })}
          />
          <Field
            type="time"
            label={t('execution.preparation.time')}
            value={form.time}
            error={err.scheduledTime}
            onChange={(event) => change({ time: event.target.value })}
          />
        </div>
      </fieldset>

      {cycle.preparation.isTextRequired ? (
        <>
          <TextAreaField
            label={t('execution.preparation.specificBehaviour')}
            value={form.specificBehaviour}
            maxLength={2000}
            error={err.specificBehaviour}
            onChange={(event) => change({ specificBehaviour: event.target.value })}
          />
          <TextAreaField
            label={t('execution.preparation.efforts')}
            value={form.efforts}
            maxLength={2000}
            error={err.effortsToReachTarget}
            onChange={(event) => change({ efforts: event.target.value })}
          />
        </>
      ) : null}

      {cycle.abilities.canUploadModulAjar ? (
        <ModulAjarField cycle={cycle} onCycle={onCycle} />
      ) : null}

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
        {cycle.abilities.canFinishPreparation ? (
          <FinishButton
            cycle={cycle}
            finish="preparation"
            label={t('execution.preparation.finish')}
            title={t('execution.preparation.finishTitle')}
            body={
              <p>{t('execution.preparation.finishBody', { observer: observerNames(cycle) })}</p>
            }
            beforeFinish={() => (isDirty ? save() : Promise.resolve(cycle))}
            onCycle={onCycle}
          />
        ) : null}
      </div>
      {!isDirty && write.savedAt ? (
        <p className="muted" role="status">
          {t('execution.cycle.saved')}
        </p>
      ) : null}
    </div>
  );
}
