import { moveTo, refuse, type ParticipantRole, type Transition } from '../common/transition';
import type { MessageCode, MessageParams } from '../errors/messages';
import { predikatFor } from './predikat';
import type { Predikat, Rating } from './ratings';

/** States of an assessment — domain.md §3.9. */
export const ASSESSMENT_STATES = ['draft', 'final'] as const;

/** An assessment state. */
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];

/** Actions on an assessment: ratings by the assessor, recommendations by the Tim Kinerja. */
export const ASSESSMENT_ACTIONS = ['set_rating', 'recommend', 'finalize'] as const;

/** An assessment action. */
export type AssessmentAction = (typeof ASSESSMENT_ACTIONS)[number];

// The PPK assesses; the Tim Kinerja only recommends [C] KEMENDIKDASMEN-PR — domain.md §3.9.
const ACTION_ROLES: { readonly [A in AssessmentAction]: readonly ParticipantRole[] } = {
  set_rating: ['supervisor'],
  recommend: ['tim_kinerja'],
  finalize: ['supervisor'],
};

/** The assessment state machine: role × state × action → next state or a coded refusal. */
export function transitionAssessment(options: {
  state: AssessmentState;
  role: ParticipantRole;
  action: AssessmentAction;
}): Transition<AssessmentState> {
  if (!ACTION_ROLES[options.action].includes(options.role)) return refuse('ROLE_NOT_ALLOWED');
  if (options.state === 'final') return refuse('ASSESSMENT_FINAL');
  return moveTo(options.action === 'finalize' ? 'final' : 'draft');
}

/** A recommendation of a Tim Kinerja member to the assessor. */
export type Recommendation = { readonly authorId: string; readonly text: string };

/** An assessment with its ratings, recommendations and (once final) predikat. */
export type AssessmentRecord = {
  readonly state: AssessmentState;
  readonly workResultRating: Rating | null;
  readonly workBehaviourRating: Rating | null;
  readonly recommendations: readonly Recommendation[];
  readonly predikat: Predikat | null;
};

/** A command on an assessment. */
export type AssessmentCommand =
  | {
      readonly type: 'set_rating';
      readonly workResultRating?: Rating;
      readonly workBehaviourRating?: Rating;
    }
  | { readonly type: 'recommend'; readonly recommendation: Recommendation }
  | { readonly type: 'finalize' };

/** The assessment after a command, or a coded refusal. */
export type AssessmentCommandResult =
  | { readonly ok: true; readonly assessment: AssessmentRecord }
  | { readonly ok: false; readonly code: MessageCode; readonly params: MessageParams };

/** A blank draft assessment. */
export const EMPTY_ASSESSMENT: AssessmentRecord = {
  state: 'draft',
  workResultRating: null,
  workBehaviourRating: null,
  recommendations: [],
  predikat: null,
};

function withContent(
  record: AssessmentRecord,
  command: AssessmentCommand,
): AssessmentCommandResult {
  if (command.type === 'set_rating') {
    const workResultRating = command.workResultRating ?? record.workResultRating;
    const workBehaviourRating = command.workBehaviourRating ?? record.workBehaviourRating;
    return { ok: true, assessment: { ...record, workResultRating, workBehaviourRating } };
  }
  if (command.type === 'recommend') {
    if (command.recommendation.text.trim() === '')
      return { ok: false, code: 'RECOMMENDATION_EMPTY', params: {} };
    return {
      ok: true,
      assessment: {
        ...record,
        recommendations: [...record.recommendations, command.recommendation],
      },
    };
  }
  const { workResultRating, workBehaviourRating } = record;
  if (!workResultRating || !workBehaviourRating) {
    return { ok: false, code: 'ASSESSMENT_RATINGS_REQUIRED', params: {} };
  }
  return {
    ok: true,
    assessment: { ...record, predikat: predikatFor({ workResultRating, workBehaviourRating }) },
  };
}

/** Applies a command to an assessment; a final assessment never changes. */
export function applyAssessmentCommand(options: {
  assessment: AssessmentRecord;
  command: AssessmentCommand;
  role: ParticipantRole;
}): AssessmentCommandResult {
  const { assessment, command, role } = options;
  const step = transitionAssessment({ state: assessment.state, role, action: command.type });
  if (!step.ok) return step;
  const result = withContent(assessment, command);
  return result.ok ? { ok: true, assessment: { ...result.assessment, state: step.state } } : result;
}

/**
 * Whether the assessed person may read an assessment: only once the assessor has set it ("Tetapkan");
 * a draft stays between the assessor and the Tim Kinerja — domain.md §3.9.
 */
export function isAssessmentVisibleToEmployee(state: AssessmentState): boolean {
  return state === 'final';
}
