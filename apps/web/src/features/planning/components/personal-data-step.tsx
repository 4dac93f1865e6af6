import type { Plan } from '@kinerja/contract';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { confirmPersonalData, editPersonalData } from '../../../lib/plans/plans-api';
import { FormAlert } from '../../../lib/ui/form-alert';
import { formText } from '../../../lib/ui/form-value';
import { useFormAction } from '../../../lib/ui/use-form-action';
import { DeadlineNote } from './deadline-note';
import { PersonalDataFacts } from './personal-data-facts';

const FIELDS = ['golongan', 'ruang', 'careerLevel'] as const;
const GOLONGAN = ['II', 'III', 'IV'] as const;
const RUANG = ['a', 'b', 'c', 'd', 'e'] as const;
const CAREER_LEVELS = ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'] as const;

function SelectField({
  name,
  label,
  value,
  options,
  error,
}: {
  name: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  error: string | undefined;
}) {
  const id = `personal-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function EditForm({
  plan,
  onDone,
  onCancel,
}: {
  plan: Plan;
  onDone: (plan: Plan) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { errors, isPending, run } = useFormAction(FIELDS);
  const { effective } = plan.personalData;
  const editable = plan.personalData.editableFields;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // Send only what changed: the server refuses an edit that changes nothing.
    const edit: Record<string, string> = {};
    for (const field of editable) {
      const value = formText(data, field);
      if (value && value !== (effective[field] ?? '')) edit[field] = value;
    }
    void run(async () => onDone(await editPersonalData(plan.id, edit)));
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="personal-edit-heading">
      <h3 id="personal-edit-heading" className="card-heading">
        {t('planning.personal.editTitle')}
      </h3>
      <ul className="hint planning-notes">
        <li>{t('planning.personal.editLocalOnly')}</li>
        <li>{t('planning.personal.editOnce')}</li>
        <li>{t('planning.personal.editCareerImpact')}</li>
      </ul>
      <FormAlert message={errors.general} />
      {editable.includes('golongan') ? (
        <SelectField
          name="golongan"
          label={t('planning.personal.golongan')}
          value={effective.golongan ?? ''}
          options={[
            { value: '', label: t('planning.personal.choose') },
            ...GOLONGAN.map((value) => ({ value, label: value })),
          ]}
          error={errors.fields.golongan}
        />
      ) : null}
      {editable.includes('ruang') ? (
        <SelectField
          name="ruang"
          label={t('planning.personal.ruang')}
          value={effective.ruang ?? ''}
          options={[
            { value: '', label: t('planning.personal.choose') },
            ...RUANG.map((value) => ({ value, label: value })),
          ]}
          error={errors.fields.ruang}
        />
      ) : null}
      {editable.includes('careerLevel') ? (
        <SelectField
          name="careerLevel"
          label={t('planning.personal.careerLevel')}
          value={effective.careerLevel ?? ''}
          options={[
            { value: '', label: t('planning.personal.choose') },
            ...CAREER_LEVELS.map((value) => ({ value, label: t(`planning.career.${value}`) })),
          ]}
          error={errors.fields.careerLevel}
        />
      ) : null}
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={isPending}>
          {isPending ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * "Data Diri": the roster values with "Data sudah sesuai" or the once-only "Edit" of golongan,
 * ruang and jenjang jabatan; edits stay in Kinerja and never change Dapodik (domain.md §3.2).
 */
export function PersonalDataStep({ plan, onDone }: { plan: Plan; onDone: (plan: Plan) => void }) {
  const { t } = useI18n();
  const [isEditing, setEditing] = useState(false);
  const confirm = useFormAction([]);
  const { personalData, abilities } = plan;
  const canEdit =
    abilities.canEditPersonalData &&
    !personalData.isEdited &&
    personalData.editableFields.length > 0;

  return (
    <section className="card planning-narrow" aria-labelledby="personal-heading">
      <p className="card-kicker">{plan.periodLabel}</p>
      <h2 id="personal-heading" className="card-title">
        {t('planning.personal.title')}
      </h2>
      <DeadlineNote deadline={plan.planningDeadline} />
      <p>{t('planning.personal.intro')}</p>
      <PersonalDataFacts plan={plan} />
      <p className="note">{t('planning.personal.dapodikNote')}</p>
      {personalData.isEdited ? (
        <p className="note">{t('planning.personal.alreadyEdited')}</p>
      ) : null}
      {!canEdit && !personalData.isEdited && personalData.editableFields.length === 0 ? (
        <p className="note">{t('planning.personal.notEditable')}</p>
      ) : null}
      {isEditing ? (
        <EditForm plan={plan} onDone={onDone} onCancel={() => setEditing(false)} />
      ) : (
        <>
          <FormAlert message={confirm.errors.general} />
          <div className="actions">
            {canEdit ? (
              <button type="button" className="btn btn-secondary" onClick={() => setEditing(true)}>
                {t('planning.personal.edit')}
              </button>
            ) : null}
            {abilities.canConfirmPersonalData ? (
              <button
                type="button"
                className="btn btn-primary"
                disabled={confirm.isPending}
                onClick={() =>
                  void confirm.run(async () => onDone(await confirmPersonalData(plan.id)))
                }
              >
                {t('planning.personal.confirm')}
              </button>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
