import type { PracticeCycle, PracticeStepDto } from '@kinerja/contract';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { ActionsForm } from './actions-step';
import { observerNames } from './cycle-people';
import { FollowUpForm } from './follow-up-step';
import { ObservationForm } from './observation-step';
import { PreparationForm } from './preparation-step';
import { ReflectionForm } from './reflection-step';
import {
  ActionsView,
  FollowUpAgreement,
  ObservationView,
  PreparationView,
  ReflectionView,
} from './step-views';

type Props = { cycle: PracticeCycle; onCycle: (cycle: PracticeCycle) => void };
type Step = PracticeCycle['steps'][number];

/** Read-only content of a step. */
function StepView({ step, cycle }: { step: PracticeStepDto; cycle: PracticeCycle }) {
  switch (step) {
    case 'preparation_discussion':
      return <PreparationView cycle={cycle} />;
    case 'observation':
      return <ObservationView cycle={cycle} />;
    case 'follow_up_discussion':
      return <FollowUpAgreement cycle={cycle} />;
    case 'follow_up_action':
      return <ActionsView cycle={cycle} />;
    case 'follow_up_reflection':
      return <ReflectionView cycle={cycle} />;
  }
}

/** What the current step shows the viewer: its form when they may write, else what is there. */
function CurrentStep({ step, cycle, onCycle }: { step: PracticeStepDto } & Props) {
  const { t } = useI18n();
  const { abilities } = cycle;
  const observer = observerNames(cycle);
  const employee = cycle.employee.name;
  switch (step) {
    case 'preparation_discussion':
      return abilities.canEditPreparation ? (
        <PreparationForm cycle={cycle} onCycle={onCycle} />
      ) : (
        <PreparationView cycle={cycle} />
      );
    case 'observation':
      return abilities.canRecordObservation ? (
        <ObservationForm cycle={cycle} onCycle={onCycle} />
      ) : (
        <>
          <p className="note">{t('execution.observation.waiting', { name: observer })}</p>
          <PreparationView cycle={cycle} />
        </>
      );
    case 'follow_up_discussion':
      return abilities.canWriteFollowUp ? (
        <FollowUpForm cycle={cycle} onCycle={onCycle} />
      ) : (
        <p className="note">{t('execution.followUp.waiting', { name: observer })}</p>
      );
    case 'follow_up_action':
      return abilities.canEditActions || abilities.canAcknowledgeFollowUp ? (
        <ActionsForm cycle={cycle} onCycle={onCycle} />
      ) : (
        <>
          <p className="note">{t('execution.actions.waiting', { name: employee })}</p>
          <FollowUpAgreement cycle={cycle} />
          <ActionsView cycle={cycle} />
        </>
      );
    case 'follow_up_reflection':
      return cycle.viewerRole === 'viewer' ? (
        <ReflectionView cycle={cycle} />
      ) : (
        <ReflectionForm cycle={cycle} onCycle={onCycle} />
      );
  }
}

function StepHeading({ step }: { step: Step }) {
  return (
    <h2 className="card-heading" id={`langkah-${step.letter.toLowerCase()}-heading`} tabIndex={-1}>
      {step.letter}. {step.label}
    </h2>
  );
}

/** Who does the step (domain.md §2.3 table "Who"). */
function useWho(cycle: PracticeCycle): Record<PracticeStepDto, string> {
  const { t } = useI18n();
  const names = { employee: cycle.employee.name, observer: observerNames(cycle) };
  return {
    preparation_discussion: t('execution.who.preparation', names),
    observation: t('execution.who.observation', names),
    follow_up_discussion: t('execution.who.followUp', names),
    follow_up_action: t('execution.who.actions', names),
    follow_up_reflection: t('execution.who.reflection', names),
  };
}

/**
 * The steps A–E: finished ones folded (open to read), the current one with its form for whoever
 * may write it; steps still to come are only in the stepper.
 */
export function CycleSteps({ cycle, onCycle }: Props) {
  const { t, locale } = useI18n();
  const who = useWho(cycle);
  const sections: ReactNode[] = [];
  for (const step of cycle.steps) {
    const id = `langkah-${step.letter.toLowerCase()}`;
    if (step.status === 'done') {
      sections.push(
        <details key={step.step} id={id} className="card exec-step-card exec-step-done">
          <summary>
            <StepHeading step={step} />
            <span className="muted">
              {t('execution.step.doneBy', {
                date: step.finishedAt ? formatDateTime(step.finishedAt, locale) : '',
                name: step.finishedBy?.name ?? '-',
              })}
            </span>
          </summary>
          <StepView step={step.step} cycle={cycle} />
        </details>,
      );
    } else if (step.status === 'current') {
      sections.push(
        <section
          key={step.step}
          id={id}
          className="card exec-step-card exec-step-current"
          aria-labelledby={`${id}-heading`}
        >
          <StepHeading step={step} />
          <p className="muted">{who[step.step]}</p>
          <CurrentStep step={step.step} cycle={cycle} onCycle={onCycle} />
        </section>,
      );
    }
  }
  return (
    <div className="stack exec-steps">
      {cycle.state === 'completed' ? (
        <p className="alert exec-confirmed" data-testid="cycle-completed">
          {t('execution.cycle.completed')}
        </p>
      ) : null}
      {sections}
    </div>
  );
}
