import type { IsoDate } from '../common/dates';
import { refuse, moveTo, type Transition } from '../common/transition';
import { stageDeadline, type DeadlineExtension } from '../deadlines/deadlines';
import type { PlanState } from '../plan/plan-machine';
import type { RuleSet } from '../rule-sets/rule-set';

/** The days of Pelaksanaan one person may write in: the execution window with their extension. */
export type ExecutionWindow = { readonly start: IsoDate; readonly end: IsoDate };

/** The execution window of a person, or null when the period has none (a configuration bug). */
export function executionWindow(options: {
  ruleSet: RuleSet;
  today: IsoDate;
  extensions: readonly DeadlineExtension[];
}): ExecutionWindow | null {
  const deadline = stageDeadline({
    ruleSet: options.ruleSet,
    now: options.today,
    extensions: options.extensions,
    stage: 'execution',
  });
  return deadline ? { start: deadline.opensOn, end: deadline.effectiveClosesOn } : null;
}

/**
 * Whether Pelaksanaan can be written today: the plan must be approved (domain.md §3.3 "kesepakatan
 * … sebelum Pelaksanaan", §3.10) and today inside the execution window or the person's extension
 * (domain.md §2.4). Refusals carry the date to show.
 */
export function executionGate(options: {
  planState: PlanState;
  window: ExecutionWindow | null;
  today: IsoDate;
}): Transition<'open'> {
  const { planState, window, today } = options;
  if (planState !== 'approved') return refuse('PLAN_NOT_APPROVED');
  if (!window) return refuse('EXECUTION_CLOSED', { date: today });
  if (today < window.start) return refuse('EXECUTION_NOT_OPEN', { date: window.start });
  if (today > window.end) return refuse('EXECUTION_CLOSED', { date: window.end });
  return moveTo('open');
}
