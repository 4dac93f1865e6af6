import { useI18n } from '../../../lib/i18n/i18n';
import { setMainFocus, toggleMainDuty } from '../draft/content-edits';
import type { TabProps } from './tab-props';

/**
 * Pelaksanaan Tugas Pokok (2025+): the main duties carried out, one of them as the main focus
 * (required or optional by rule set) — domain.md §3.5, §3.7.
 */
export function MainDutiesTab({ content, catalogues, edit }: TabProps) {
  const { t } = useI18n();
  const { duties, isFocusRequired } = catalogues.options.mainDuties;
  const { dutyCodes, focusCode } = content.mainDuties;
  const chosen = duties.filter((duty) => dutyCodes.includes(duty.code));
  return (
    <>
      <fieldset className="choice-list planning-group">
        <legend>{t('planning.main.legend')}</legend>
        <p className="hint">{t('planning.main.hint')}</p>
        {duties.map((duty) => (
          <label key={duty.code} className="radio">
            <input
              type="checkbox"
              checked={dutyCodes.includes(duty.code)}
              onChange={(event) => edit(toggleMainDuty(duty.code, event.target.checked))}
            />
            <span>{duty.name}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-list planning-group">
        <legend>
          {t('planning.main.focusLegend')}
          {isFocusRequired ? null : <span className="muted"> ({t('common.optionalHint')})</span>}
        </legend>
        <p className="hint">{t('planning.main.focusHint')}</p>
        {chosen.length === 0 ? <p className="note">{t('planning.main.focusEmpty')}</p> : null}
        {chosen.map((duty) => (
          <label key={duty.code} className="radio">
            <input
              type="radio"
              name="main-focus"
              checked={focusCode === duty.code}
              onChange={() => edit(setMainFocus(duty.code))}
            />
            <span>{duty.name}</span>
          </label>
        ))}
        {!isFocusRequired && chosen.length > 0 ? (
          <label className="radio">
            <input
              type="radio"
              name="main-focus"
              checked={focusCode === null}
              onChange={() => edit(setMainFocus(null))}
            />
            <span>{t('planning.main.noFocus')}</span>
          </label>
        ) : null}
      </fieldset>
    </>
  );
}
