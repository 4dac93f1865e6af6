import type { RubricTarget } from '../catalogues/practice-rubrics';
import type { IsoDate } from '../common/dates';
import type { MessageCode, MessageParams } from '../errors/messages';
import type { ExecutionWindow } from '../execution/execution-window';
import { duplicatesOf } from '../plan/plan-problem';
import type { RuleSet } from '../rule-sets/rule-set';
import { isPreparationTextRequired, type PracticePreparation } from './practice-record';

/** A coded problem with a field of the cycle (e.g. `preparation.scheduledDate`). */
export type PracticeProblem = {
  readonly code: MessageCode;
  readonly field: string;
  readonly params: MessageParams;
};

/** Labels of the 2025+ fields of A, as in the guide [S] TXRXNOVI — domain.md §3.6. */
export const PREPARATION_TEXT_LABELS = {
  specificBehaviour: 'Perilaku spesifik yang ingin dipelajari/ditampilkan saat observasi',
  effortsToReachTarget: 'Upaya untuk mencapai target',
} as const;

type Facts = {
  readonly ruleSet: RuleSet;
  readonly targets: readonly RubricTarget[] | null;
  readonly window: ExecutionWindow;
  readonly today: IsoDate;
};

const at = (code: MessageCode, field: string, params: MessageParams = {}): PracticeProblem => ({
  code,
  field,
  params,
});

function focusProblems(preparation: PracticePreparation, targets: readonly RubricTarget[] | null) {
  const problems: PracticeProblem[] = [];
  const codes = preparation.focusBehaviourCodes;
  const known = new Set((targets ?? []).map((target) => target.code));
  codes.forEach((code, index) => {
    if (!known.has(code)) {
      problems.push(
        at('PRACTICE_FOCUS_UNKNOWN', `preparation.focusBehaviourCodes[${index}]`, { code }),
      );
    }
  });
  for (const code of duplicatesOf(codes)) {
    problems.push(at('DUPLICATE_CODE', 'preparation.focusBehaviourCodes', { code }));
  }
  // Written-out focus behaviours stand in for a catalogue gap only — domain.md §4.1, §8.1.
  if (known.size > 0 && preparation.customFocusBehaviours.length > 0) {
    problems.push(at('PRACTICE_CUSTOM_FOCUS_NOT_ALLOWED', 'preparation.customFocusBehaviours'));
  }
  preparation.customFocusBehaviours.forEach((text, index) => {
    if (text.trim() === '') {
      problems.push(at('PRACTICE_FOCUS_REQUIRED', `preparation.customFocusBehaviours[${index}]`));
    }
  });
  return problems;
}

function completenessProblems(preparation: PracticePreparation, facts: Facts) {
  const problems: PracticeProblem[] = [];
  const hasTargets = (facts.targets ?? []).length > 0;
  const focusCount = hasTargets
    ? preparation.focusBehaviourCodes.length
    : preparation.customFocusBehaviours.length;
  if (focusCount === 0) {
    const field = hasTargets ? 'focusBehaviourCodes' : 'customFocusBehaviours';
    problems.push(at('PRACTICE_FOCUS_REQUIRED', `preparation.${field}`));
  }
  if (!preparation.scheduledDate || !preparation.scheduledTime) {
    const field = preparation.scheduledDate ? 'scheduledTime' : 'scheduledDate';
    problems.push(at('PRACTICE_SCHEDULE_REQUIRED', `preparation.${field}`));
  }
  if (isPreparationTextRequired(facts.ruleSet)) {
    for (const field of ['specificBehaviour', 'effortsToReachTarget'] as const) {
      if (preparation[field].trim() === '') {
        const label = PREPARATION_TEXT_LABELS[field];
        problems.push(at('PRACTICE_PREPARATION_TEXT_REQUIRED', `preparation.${field}`, { label }));
      }
    }
  }
  return problems;
}

/**
 * Problems of the Diskusi Persiapan: focus behaviours from the sub-indicator's targets, the
 * observation scheduled inside the execution window; when finishing, also what must be filled.
 */
export function preparationProblems(options: {
  preparation: PracticePreparation;
  context: Facts;
  isFinal?: boolean;
}): PracticeProblem[] {
  const { preparation, context } = options;
  const problems = focusProblems(preparation, context.targets);
  const date = preparation.scheduledDate;
  if (date && (date < context.window.start || date > context.window.end)) {
    problems.push(
      at('PRACTICE_SCHEDULE_OUTSIDE_EXECUTION', 'preparation.scheduledDate', {
        start: context.window.start,
        end: context.window.end,
      }),
    );
  }
  if (options.isFinal) problems.push(...completenessProblems(preparation, context));
  return problems;
}
