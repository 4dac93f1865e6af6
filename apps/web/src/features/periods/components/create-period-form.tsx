import type { AdminPeriod, PeriodWindowsInput, RuleSetSummary } from '@kinerja/contract';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { Field } from '../../../lib/ui/field';
import { FormAlert } from '../../../lib/ui/form-alert';
import { useFormAction } from '../../../lib/ui/use-form-action';
import { createPeriod } from '../api/periods-api';
import { windowsOf } from './edit-windows-form';
import { WINDOW_FIELDS, WindowFields } from './window-fields';

const nextYear = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
const shift = (w: { opensOn: string; closesOn: string }) => ({
  opensOn: nextYear(w.opensOn),
  closesOn: nextYear(w.closesOn),
});

/** A proposal for the period after `last`: its dates one year later (the admin adjusts them). */
function proposalAfter(last: AdminPeriod) {
  const windows = windowsOf(last);
  const shifted: PeriodWindowsInput = {
    prePlanning: windows.prePlanning ? shift(windows.prePlanning) : null,
    planning: shift(windows.planning),
    execution: shift(windows.execution),
    assessment: shift(windows.assessment),
  };
  const [year, next] = [last.startsOn.slice(0, 4), nextYear(last.startsOn).slice(0, 4)];
  return {
    id: next,
    label: last.label.split(year).join(next),
    startsOn: nextYear(last.startsOn),
    endsOn: nextYear(last.endsOn),
    windows: shifted,
  };
}

const FIELDS = ['id', 'label', 'ruleSetVersion', 'startsOn', 'endsOn', ...WINDOW_FIELDS];

/** "Buat periode": a new period from a rule set, proposed one year after the last (issue 13 item 1). */
export function CreatePeriodForm({
  last,
  ruleSets,
  onCreated,
  onCancel,
}: {
  last: AdminPeriod;
  ruleSets: readonly RuleSetSummary[];
  onCreated: (created: AdminPeriod) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const selectId = useId();
  const [draft, setDraft] = useState(() => ({
    ...proposalAfter(last),
    ruleSetVersion: last.ruleSetVersion,
  }));
  const { errors, isPending, run } = useFormAction(FIELDS);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { label, ...rest } = draft;
      onCreated(await createPeriod({ ...rest, ...(label.trim() ? { label: label.trim() } : {}) }));
    });
  };
  return (
    <form className="card stack" noValidate onSubmit={submit}>
      <h2 className="card-heading">{t('periods.createTitle')}</h2>
      <p className="note">{t('periods.createHint')}</p>
      <FormAlert message={errors.general} />
      <Field
        label={t('periods.id')}
        hint={t('periods.idHint')}
        type="text"
        value={draft.id}
        error={errors.fields.id}
        onChange={(event) => setDraft({ ...draft, id: event.target.value })}
      />
      <Field
        label={t('periods.label')}
        type="text"
        value={draft.label}
        error={errors.fields.label}
        onChange={(event) => setDraft({ ...draft, label: event.target.value })}
      />
      <div className="field">
        <label htmlFor={selectId}>{t('periods.ruleSetChoice')}</label>
        <select
          id={selectId}
          value={draft.ruleSetVersion}
          onChange={(event) => setDraft({ ...draft, ruleSetVersion: event.target.value })}
        >
          {ruleSets.map((ruleSet) => (
            <option key={ruleSet.version} value={ruleSet.version}>
              {ruleSet.label}
            </option>
          ))}
        </select>
      </div>
      <div className="window-dates">
        <Field
          label={t('periods.startsOn')}
          type="date"
          value={draft.startsOn}
          error={errors.fields.startsOn}
          onChange={(event) => setDraft({ ...draft, startsOn: event.target.value })}
        />
        <Field
          label={t('periods.endsOn')}
          type="date"
          value={draft.endsOn}
          error={errors.fields.endsOn}
          onChange={(event) => setDraft({ ...draft, endsOn: event.target.value })}
        />
      </div>
      <WindowFields
        idPrefix="create"
        windows={draft.windows}
        onChange={(windows) => setDraft({ ...draft, windows })}
        errors={errors.fields}
      />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? t('common.saving') : t('periods.create')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
