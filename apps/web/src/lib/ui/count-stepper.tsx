import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * A quantity stepper for one repeatable activity: "−", the number, "+". The number field is named by
 * the activity (`label`), the buttons say what they do to it, so a screen reader and a test find
 * them by the activity's official name.
 */
export function CountStepper({
  label,
  value,
  max,
  isDisabled = false,
  onChange,
  children,
}: {
  label: string;
  value: number;
  max: number;
  isDisabled?: boolean;
  onChange: (value: number) => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const set = (next: number) => onChange(Math.min(max, Math.max(0, next)));
  return (
    <div className={value > 0 ? 'count-stepper count-stepper-chosen' : 'count-stepper'}>
      <div className="count-stepper-text">
        <label htmlFor={id} className="count-stepper-label">
          {label}
        </label>
        {children}
      </div>
      <div className="count-stepper-controls">
        <button
          type="button"
          className="btn btn-secondary count-stepper-button"
          aria-label={t('common.stepperLess', { name: label })}
          disabled={isDisabled || value <= 0}
          onClick={() => set(value - 1)}
        >
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          className="count-stepper-input"
          min={0}
          max={max}
          step={1}
          value={value}
          disabled={isDisabled}
          onChange={(event) => {
            const next = Number.parseInt(event.target.value, 10);
            set(Number.isNaN(next) ? 0 : next);
          }}
        />
        <button
          type="button"
          className="btn btn-secondary count-stepper-button"
          aria-label={t('common.stepperMore', { name: label })}
          disabled={isDisabled || value >= max}
          onClick={() => set(value + 1)}
        >
          +
        </button>
      </div>
    </div>
  );
}
