import { useI18n } from '../../../lib/i18n/i18n';
import { setSkReference, toggleAdditionalDuty } from '../draft/content-edits';
import type { TabProps } from './tab-props';

/** Problems of the SK / Surat Tugas fields by duty code (the server names them by index). */
function skProblemsByCode({ plan, problems }: Pick<TabProps, 'plan' | 'problems'>) {
  const byCode = new Map<string, string>();
  for (const problem of problems) {
    const match = /^additionalDuties\[(\d+)\]\.skReference$/.exec(problem.field);
    const code = match ? plan.content.additionalDuties[Number(match[1])]?.code : undefined;
    if (code) byCode.set(code, problem.message);
  }
  return byCode;
}

/**
 * Tugas Tambahan: optional, several, from the school's jenjang list; each backed by an SK / Surat
 * Tugas whose number is typed here when the rule set asks for it (domain.md §3.3, §4.4).
 */
export function AdditionalDutiesFields(props: TabProps & { asSection: boolean }) {
  const { t } = useI18n();
  const { content, catalogues, edit, asSection } = props;
  const { duties, isSkReferenceRequired } = catalogues.options.additionalDuties;
  const errors = skProblemsByCode(props);
  const chosen = new Map(content.additionalDuties.map((duty) => [duty.code, duty]));
  const legend = t('planning.additional.legend');
  // The server offers a principal none (domain employeeProfile); say why instead of "jenjang".
  const isPrincipal = props.plan.employee.kind === 'principal';
  return (
    <fieldset className="choice-list planning-group">
      {/* On its own tab the panel heading already says "Tugas Tambahan". */}
      <legend className={asSection ? undefined : 'visually-hidden'}>{legend}</legend>
      {isPrincipal ? null : <p className="hint">{t('planning.additional.hint')}</p>}
      {duties.length === 0 ? (
        <p className="note">
          {t(isPrincipal ? 'planning.additional.nonePrincipal' : 'planning.additional.none')}
        </p>
      ) : null}
      {duties.map((duty) => {
        const picked = chosen.get(duty.code);
        const inputId = `sk-${duty.code}`;
        const error = errors.get(duty.code);
        return (
          <div key={duty.code} className="plan-option">
            <label className="radio">
              <input
                type="checkbox"
                checked={Boolean(picked)}
                onChange={(event) => edit(toggleAdditionalDuty(duty.code, event.target.checked))}
              />
              <span>
                {duty.name}
                {duty.weeklyJp !== null ? (
                  <span className="plan-option-meta plan-nowrap">
                    {' '}
                    {t('planning.additional.weeklyJp', { jp: duty.weeklyJp })}
                  </span>
                ) : null}
              </span>
            </label>
            {picked && isSkReferenceRequired ? (
              <div className="field plan-option-detail">
                <label htmlFor={inputId}>
                  {t('planning.additional.skLabel')}
                  <span className="visually-hidden"> — {duty.name}</span>
                </label>
                <input
                  id={inputId}
                  type="text"
                  maxLength={200}
                  value={picked.skReference}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${inputId}-error` : `${inputId}-hint`}
                  onChange={(event) => edit(setSkReference(duty.code, event.target.value))}
                />
                {error ? (
                  <p id={`${inputId}-error`} className="field-error">
                    {error}
                  </p>
                ) : (
                  <p id={`${inputId}-hint`} className="hint">
                    {t('planning.additional.skHint')}
                  </p>
                )}
              </div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
