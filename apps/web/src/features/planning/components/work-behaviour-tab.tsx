import type { BerakhlakValueCodeDto } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { setAgreedExpectation, setBehaviour } from '../draft/content-edits';
import type { TabProps } from './tab-props';

function fieldProblem(props: TabProps, value: BerakhlakValueCodeDto, field: string) {
  const path = `workBehaviour.${value}.${field}`;
  return props.problems.find((problem) => problem.field === path)?.message;
}

/**
 * Perilaku Kerja: per BerAKHLAK value one behaviour; the supervisor's "Ekspektasi Khusus Pimpinan"
 * appears once written, and in 2026 the agreed expectation is typed here (domain.md §3.3 note, §3.7).
 */
export function WorkBehaviourTab(props: TabProps) {
  const { t, locale } = useI18n();
  const { content, plan, catalogues, edit } = props;
  const rule = catalogues.options.workBehaviour;
  const everyValue = rule.requiredValueCodes.length === rule.values.length;
  return (
    <div className="stack">
      <p className="hint">
        {everyValue
          ? t('planning.behaviour.hintAll')
          : t('planning.behaviour.hintMin', { min: rule.minSelectedValues })}
      </p>
      {rule.values.map((value) => {
        const choice = content.workBehaviour[value.code];
        const written = plan.supervisorExpectations[value.code];
        const expectationId = `expectation-${value.code}`;
        const expectationError = fieldProblem(props, value.code, 'supervisorExpectation');
        return (
          <fieldset key={value.code} className="choice-list planning-group plan-behaviour-value">
            <legend>
              {value.name}
              {rule.requiredValueCodes.includes(value.code) ? null : (
                <span className="muted"> ({t('common.optionalHint')})</span>
              )}
            </legend>
            {value.behaviours.map((behaviour) => (
              <label key={behaviour.code} className="radio">
                <input
                  type="radio"
                  name={`behaviour-${value.code}`}
                  checked={choice?.behaviourCode === behaviour.code}
                  onChange={() => edit(setBehaviour(value.code, behaviour.code))}
                />
                <span>{behaviour.text}</span>
              </label>
            ))}
            {written ? (
              <div className="plan-expectation" data-testid={`written-expectation-${value.code}`}>
                <p className="plan-option-subtitle">{t('planning.summary.expectation')}</p>
                <p className="plan-expectation-text">{written.text}</p>
                <p className="hint">
                  {t('planning.behaviour.writtenAt', {
                    date: formatDateTime(written.writtenAt, locale),
                  })}
                </p>
              </div>
            ) : null}
            {rule.isSupervisorExpectationRequired ? (
              <div className="field">
                <label htmlFor={expectationId}>
                  {t('planning.summary.expectation')}
                  <span className="visually-hidden">
                    {' '}
                    {t('planning.behaviour.forValue', { value: value.name })}
                  </span>
                </label>
                <p id={`${expectationId}-hint`} className="hint">
                  {t('planning.behaviour.agreedHint')}
                </p>
                <textarea
                  id={expectationId}
                  rows={3}
                  maxLength={1000}
                  value={choice?.supervisorExpectation ?? ''}
                  aria-invalid={expectationError ? true : undefined}
                  aria-describedby={
                    expectationError
                      ? `${expectationId}-hint ${expectationId}-error`
                      : `${expectationId}-hint`
                  }
                  onChange={(event) => edit(setAgreedExpectation(value.code, event.target.value))}
                />
                {expectationError ? (
                  <p id={`${expectationId}-error`} className="field-error">
                    {expectationError}
                  </p>
                ) : null}
              </div>
            ) : written ? null : (
              <p className="hint">{t('planning.behaviour.byPrincipal')}</p>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
