import type { Period, PersonLookupItem } from '@kinerja/contract';
import { useId, useState, type FormEvent } from 'react';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { Field } from '../../../lib/ui/field';
import { FormAlert } from '../../../lib/ui/form-alert';
import { useFormAction } from '../../../lib/ui/use-form-action';
import { grantExtension, type ExtensionRequest } from '../api/extensions-api';
import { ConfirmExtensionDialog } from './confirm-extension-dialog';
import { PersonLookup } from './person-lookup';
import { TextArea } from './text-area';

type Stage = ExtensionRequest['stage'];
const STAGES: Stage[] = ['planning', 'pre_planning', 'execution', 'assessment'];
const FORM_FIELDS = ['personId', 'stage', 'until', 'reason'] as const;

/** The stage's general closing day in the period, when the period lists it. */
function closesOn(period: Period, stage: Stage): string | null {
  return stage === 'pre_planning' ? null : period[stage].closesOn;
}

/** What the confirmation and the success message name. */
export type GrantedExtension = { name: string; stage: Stage; until: string };

/**
 * Extend a stage for one named person (domain.md §2.4): person, stage, new date and a required
 * reason; a confirmation comes before anything is saved, and the server audits it.
 */
export function ExtensionForm({
  period,
  onGranted,
}: {
  period: Period;
  onGranted: (granted: GrantedExtension) => void;
}) {
  const { t, locale } = useI18n();
  const { errors, setErrors, isPending, run } = useFormAction(FORM_FIELDS);
  const [person, setPerson] = useState<PersonLookupItem | null>(null);
  const [stage, setStage] = useState<Stage>('planning');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [isConfirming, setConfirming] = useState(false);
  // Remounts the lookup after a save so its search box starts empty.
  const [lookupKey, setLookupKey] = useState(0);
  const stageId = useId();
  const current = closesOn(period, stage);

  const check = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!person) fields.personId = t('notices.lookup.required');
    if (!until) fields.until = t('notices.ext.untilRequired');
    if (reason.trim().length < 3) fields.reason = t('notices.ext.reasonRequired');
    if (Object.keys(fields).length > 0) {
      setErrors({ general: t('form.checkFields'), fields });
      return;
    }
    setErrors({ general: null, fields: {} });
    setConfirming(true);
  };

  const save = async () => {
    if (!person) return;
    let granted: GrantedExtension | null = null;
    await run(async () => {
      const saved = await grantExtension({
        personId: person.id,
        periodId: period.id,
        stage,
        until,
        reason: reason.trim(),
      });
      granted = { name: person.name, stage: saved.stage, until: saved.until };
    });
    setConfirming(false);
    if (granted) {
      setPerson(null);
      setLookupKey((key) => key + 1);
      setUntil('');
      setReason('');
      onGranted(granted);
    }
  };

  return (
    <form className="card notices-form" noValidate onSubmit={check}>
      <h2 className="card-heading">{t('notices.ext.formTitle')}</h2>
      <FormAlert message={errors.general} />
      <PersonLookup
        key={lookupKey}
        legend={t('notices.ext.person')}
        value={person}
        onChange={setPerson}
        error={errors.fields.personId}
      />
      <div className="field">
        <label htmlFor={stageId}>{t('notices.ext.stage')}</label>
        {current ? (
          <p id={`${stageId}-hint`} className="hint">
            {t('notices.ext.stageHint', { date: formatDate(current, locale) })}
          </p>
        ) : null}
        <select
          id={stageId}
          value={stage}
          aria-describedby={current ? `${stageId}-hint` : undefined}
          aria-invalid={errors.fields.stage ? true : undefined}
          onChange={(event) => setStage(event.target.value as Stage)}
        >
          {STAGES.map((code) => (
            <option key={code} value={code}>
              {t(`notices.stage.${code}`)}
            </option>
          ))}
        </select>
        {errors.fields.stage ? <p className="field-error">{errors.fields.stage}</p> : null}
      </div>
      <Field
        label={t('notices.ext.until')}
        hint={t('notices.ext.untilHint')}
        type="date"
        name="until"
        value={until}
        min={current ?? undefined}
        onChange={(event) => setUntil(event.target.value)}
        error={errors.fields.until}
      />
      <TextArea
        label={t('notices.ext.reason')}
        hint={t('notices.ext.reasonHint')}
        name="reason"
        value={reason}
        maxLength={500}
        onChange={setReason}
        error={errors.fields.reason}
      />
      <button type="submit" className="btn btn-primary" disabled={isPending}>
        {isPending ? t('notices.ext.saving') : t('notices.ext.submit')}
      </button>
      {isConfirming && person ? (
        <ConfirmExtensionDialog
          extension={{ name: person.name, stage, until }}
          reason={reason.trim()}
          isPending={isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void save()}
        />
      ) : null}
    </form>
  );
}
