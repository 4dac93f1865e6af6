import type { PracticeCycle } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';

/** Steps A–E with their status: done (when, by whom), the current one, the ones to come (§2.3). */
export function CycleStepper({ cycle }: { cycle: PracticeCycle }) {
  const { t, locale } = useI18n();
  return (
    <nav aria-label={t('execution.cycle.steps')} className="exec-stepper-nav">
      <ol className="exec-stepper">
        {cycle.steps.map((step) => (
          <li
            key={step.step}
            className="exec-step"
            data-status={step.status}
            aria-current={step.status === 'current' ? 'step' : undefined}
          >
            <span className="exec-step-letter" aria-hidden="true">
              {step.status === 'done' ? '✓' : step.letter}
            </span>
            <span className="exec-step-text">
              {step.status === 'upcoming' ? (
                <span className="exec-step-label">
                  {step.letter}. {step.label}
                </span>
              ) : (
                <a href={`#langkah-${step.letter.toLowerCase()}`} className="exec-step-label">
                  {step.letter}. {step.label}
                </a>
              )}
              <span className="exec-step-status">
                {step.status === 'done'
                  ? t('execution.step.done', {
                      date: step.finishedAt ? formatDateTime(step.finishedAt, locale) : '',
                    })
                  : t(`execution.step.${step.status}`)}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
