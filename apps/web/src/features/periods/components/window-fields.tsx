import type { PeriodWindowsInput } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import type { MessageKey } from '../../../lib/i18n/messages-id';

/** The stages of a period in order, with their form keys and labels. */
export const WINDOW_STAGES: ReadonlyArray<{
  key: keyof PeriodWindowsInput;
  label: MessageKey;
}> = [
  { key: 'prePlanning', label: 'periods.stage.prePlanning' },
  { key: 'planning', label: 'periods.stage.planning' },
  { key: 'execution', label: 'periods.stage.execution' },
  { key: 'assessment', label: 'periods.stage.assessment' },
];

/** The form fields whose errors show next to a stage. */
export const WINDOW_FIELDS = WINDOW_STAGES.map((stage) => `windows.${stage.key}`);

/** Date inputs for each stage window (Pra-Perencanaan only when the period has it). */
export function WindowFields({
  idPrefix,
  windows,
  onChange,
  errors,
}: {
  idPrefix: string;
  windows: PeriodWindowsInput;
  onChange: (next: PeriodWindowsInput) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <>
      {WINDOW_STAGES.map(({ key, label }) => {
        const window = windows[key];
        if (!window) return null;
        const stage = t(label);
        const error = errors[`windows.${key}`];
        const set = (part: 'opensOn' | 'closesOn', value: string) =>
          onChange({ ...windows, [key]: { ...window, [part]: value } });
        return (
          <fieldset key={key} className="window-fields">
            <legend>{stage}</legend>
            <div className="window-dates">
              {(['opensOn', 'closesOn'] as const).map((part) => (
                <div className="field" key={part}>
                  <label htmlFor={`${idPrefix}-${key}-${part}`}>
                    {t(part === 'opensOn' ? 'periods.opens' : 'periods.closes', { stage })}
                  </label>
                  <input
                    id={`${idPrefix}-${key}-${part}`}
                    type="date"
                    required
                    value={window[part]}
                    aria-invalid={error ? true : undefined}
                    onChange={(event) => set(part, event.target.value)}
                  />
                </div>
              ))}
            </div>
            {error ? <p className="field-error">{error}</p> : null}
          </fieldset>
        );
      })}
    </>
  );
}
