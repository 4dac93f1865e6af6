import type { BerakhlakValueCodeDto, Plan, PlanOptionsResponse } from '@kinerja/contract';
import type { FormEvent } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import type { ExpectationTexts } from '../../../lib/plans/plans-api';
import { TextAreaField } from '../../../lib/ui/text-area-field';

/** A BerAKHLAK value shown on the review page, with the behaviour the employee chose for it. */
export type ExpectationValue = {
  code: BerakhlakValueCodeDto;
  name: string;
  behaviour: string | null;
};

/**
 * The values the supervisor writes for: those the rule set requires, those the employee chose a
 * behaviour for, and those already written (domain.md §4.3; 2026 asks one per aspect, §3.7).
 */
export function expectationValues(
  plan: Plan,
  options: PlanOptionsResponse | null,
): ExpectationValue[] {
  const chosen = plan.content.workBehaviour;
  if (!options) {
    return (Object.keys(chosen) as BerakhlakValueCodeDto[]).map((code) => ({
      code,
      name: code,
      behaviour: chosen[code]?.behaviourCode ?? null,
    }));
  }
  const rule = options.workBehaviour;
  return rule.values
    .filter(
      (value) =>
        rule.requiredValueCodes.includes(value.code) ||
        Boolean(chosen[value.code]?.behaviourCode) ||
        Boolean(plan.supervisorExpectations[value.code]),
    )
    .map((value) => {
      const code = chosen[value.code]?.behaviourCode ?? null;
      const behaviour = value.behaviours.find((entry) => entry.code === code)?.text ?? code;
      return { code: value.code, name: value.name, behaviour };
    });
}

/** "Ekspektasi Khusus Pimpinan": one textarea per value, kept as typed whatever the server says. */
export function ExpectationsForm({
  values,
  texts,
  errors,
  isSaving,
  isLocked,
  isDirty,
  status,
  onChange,
  onSave,
}: {
  values: ExpectationValue[];
  texts: ExpectationTexts;
  errors: Partial<Record<BerakhlakValueCodeDto, string>>;
  isSaving: boolean;
  /** Another write (approve, return) is under way. */
  isLocked: boolean;
  isDirty: boolean;
  /** The last save's outcome, read out politely ("tersimpan", or why not). */
  status: { kind: 'saved' | 'error' | 'conflict'; message: string } | null;
  onChange: (code: BerakhlakValueCodeDto, text: string) => void;
  onSave: () => void;
}) {
  const { t } = useI18n();
  const saved = status?.kind === 'saved' ? status : null;
  const problem = status && status.kind !== 'saved' ? status : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  return (
    <form className="card review-expectations" onSubmit={submit} noValidate>
      <fieldset className="review-fieldset">
        <legend className="card-heading">{t('review.expectations.title')}</legend>
        <p className="hint">{t('review.expectations.intro')}</p>
        {values.map((value) => (
          <TextAreaField
            key={value.code}
            label={value.name}
            hint={
              value.behaviour
                ? t('review.expectations.chosen', { behaviour: value.behaviour })
                : t('review.expectations.noBehaviour')
            }
            error={errors[value.code]}
            value={texts[value.code] ?? ''}
            maxLength={1000}
            onChange={(event) => onChange(value.code, event.target.value)}
          />
        ))}
      </fieldset>
      <div role="status" className={saved ? 'alert alert-success' : 'alert-empty'}>
        {saved?.message}
      </div>
      <div role="alert" className={problem ? 'alert alert-error' : 'alert-empty'}>
        {problem?.message}
      </div>
      <div className="review-save-row">
        {isDirty ? <span className="muted">{t('review.expectations.unsaved')}</span> : null}
        <button type="submit" className="btn btn-secondary" disabled={isSaving || isLocked}>
          {isSaving ? t('review.expectations.saving') : t('review.expectations.save')}
        </button>
      </div>
    </form>
  );
}
