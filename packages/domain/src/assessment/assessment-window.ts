import type { IsoDate } from '../common/dates';
import { moveTo, refuse, type Transition } from '../common/transition';
import { stageDeadline, type DeadlineExtension } from '../deadlines/deadlines';
import type { PlanState } from '../plan/plan-machine';
import type { RuleSet } from '../rule-sets/rule-set';

/** The days one person's assessment may be written: the assessment stage with their extension. */
export type AssessmentWindow = { readonly start: IsoDate; readonly end: IsoDate };

/** The assessment window of a person, or null when the period has no assessment stage. */
export function assessmentWindow(options: {
  ruleSet: RuleSet;
  today: IsoDate;
  extensions: readonly DeadlineExtension[];
}): AssessmentWindow | null {
  const deadline = stageDeadline({
    ruleSet: options.ruleSet,
    now: options.today,
    extensions: options.extensions,
    stage: 'assessment',
  });
  return deadline ? { start: deadline.opensOn, end: deadline.effectiveClosesOn } : null;
}

/**
 * Whether an assessment can be written today: only an approved ("Disepakati") plan is assessed
 * (domain.md §3.10), inside the Penilaian window of its period (2024 per semester, 2025+ per year —
 * domain.md §2.1, §2.4) or the assessed person's extension of that stage.
 */
export function assessmentGate(options: {
  planState: PlanState;
  window: AssessmentWindow | null;
  today: IsoDate;
}): Transition<'open'> {
  const { planState, window, today } = options;
  if (planState !== 'approved') return refuse('ASSESSMENT_PLAN_NOT_APPROVED');
  if (!window) return refuse('ASSESSMENT_CLOSED', { date: today });
  if (today < window.start) return refuse('ASSESSMENT_NOT_OPEN', { date: window.start });
  if (today > window.end) return refuse('ASSESSMENT_CLOSED', { date: window.end });
  return moveTo('open');
}
