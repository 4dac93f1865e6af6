import type { RubricTarget } from '../catalogues/practice-rubrics';
import type { IsoDate } from '../common/dates';
import { refuse, type ParticipantRole, type Transition } from '../common/transition';
import type { MessageCode, MessageParams } from '../errors/messages';
import type { ExecutionWindow } from '../execution/execution-window';
import type { RuleSet } from '../rule-sets/rule-set';
import {
  PRACTICE_STATES,
  PRACTICE_STEP_LABELS,
  transitionPractice,
  type PracticeState,
  type PracticeStep,
} from './practice-cycle';
import { preparationProblems, type PracticeProblem } from './practice-preparation';
import {
  observationItems,
  type FollowUpActionEntry,
  type PracticePreparation,
  type PracticeRatingEntry,
  type PracticeRecord,
} from './practice-record';

/** A write on a practice cycle: "Simpan" of one step's part, or the step's finalisation. */
export type PracticeCommand =
  | { readonly type: 'save_preparation'; readonly preparation: PracticePreparation }
  | { readonly type: 'finish_preparation' }
  | {
      readonly type: 'save_observation';
      readonly ratings: Readonly<Record<string, PracticeRatingEntry>>;
      readonly generalNote?: string | undefined;
    }
  | { readonly type: 'finish_observation' }
  | { readonly type: 'save_follow_up'; readonly agreement: string }
  | { readonly type: 'finish_follow_up' }
  | { readonly type: 'acknowledge_follow_up' }
  | { readonly type: 'save_actions'; readonly actions: readonly FollowUpActionEntry[] }
  | { readonly type: 'finish_actions' }
  | { readonly type: 'save_reflection'; readonly text: string }
  | { readonly type: 'submit_reflection' }
  | { readonly type: 'save_comment'; readonly comment: string }
  | { readonly type: 'finish_reflection' };

/** A practice command type. */
export type PracticeCommandType = PracticeCommand['type'];

/** The facts a practice command needs; the domain never reads the clock. */
export type PracticeContext = {
  readonly ruleSet: RuleSet;
  /** Target behaviours of the plan's sub-indicator; null (or empty) when the catalogue has a gap. */
  readonly targets: readonly RubricTarget[] | null;
  readonly window: ExecutionWindow;
  readonly today: IsoDate;
  /** The instant of the write (ISO) and who writes. */
  readonly now: string;
  readonly actorId: string;
  /** The version the cycle gets if the write changes it. */
  readonly version: number;
};

/** The cycle after a command (unchanged when it repeats what is stored), or a coded refusal. */
export type PracticeCommandResult =
  | {
      readonly ok: true;
      readonly record: PracticeRecord;
      readonly isChanged: boolean;
      /** The step this command finished, if any (for notifications and audit). */
      readonly finishedStep: PracticeStep | null;
    }
  | {
      readonly ok: false;
      readonly code: MessageCode;
      readonly params: MessageParams;
      readonly problems: readonly PracticeProblem[];
    };

type PartCommand = Exclude<
  PracticeCommandType,
  | 'finish_preparation'
  | 'finish_observation'
  | 'finish_follow_up'
  | 'finish_actions'
  | 'finish_reflection'
>;

// Who writes what in which step — domain.md §2.3: A guru + KS (pengawas for a KS); B and C the
// observer; D the guru (after acknowledging C); E the guru's reflection and the observer's comment.
const PARTS: { readonly [C in PartCommand]: { step: PracticeStep; roles: ParticipantRole[] } } = {
  save_preparation: { step: 'preparation_discussion', roles: ['employee', 'supervisor'] },
  save_observation: { step: 'observation', roles: ['supervisor'] },
  save_follow_up: { step: 'follow_up_discussion', roles: ['supervisor'] },
  acknowledge_follow_up: { step: 'follow_up_action', roles: ['employee'] },
  save_actions: { step: 'follow_up_action', roles: ['employee'] },
  save_reflection: { step: 'follow_up_reflection', roles: ['employee'] },
  submit_reflection: { step: 'follow_up_reflection', roles: ['employee'] },
  save_comment: { step: 'follow_up_reflection', roles: ['supervisor'] },
};

const FINISHES: Readonly<Partial<Record<PracticeCommandType, PracticeStep>>> = {
  finish_preparation: 'preparation_discussion',
  finish_observation: 'observation',
  finish_follow_up: 'follow_up_discussion',
  finish_actions: 'follow_up_action',
  finish_reflection: 'follow_up_reflection',
};

/** The step a command writes in or finishes. */
export function commandStep(type: PracticeCommandType): PracticeStep {
  return FINISHES[type] ?? PARTS[type as PartCommand].step;
}

/** Whether a command finalises a step (it then needs the latest version). */
export const isFinishCommand = (type: PracticeCommandType): boolean => type in FINISHES;

const label = (step: PracticeStep | PracticeState) =>
  step === 'completed' ? 'Selesai' : PRACTICE_STEP_LABELS[step].id;

/** Whether a role may write a step's part in the cycle's state (role first, then the state). */
function partGate(state: PracticeState, type: PartCommand, role: ParticipantRole) {
  const { step, roles } = PARTS[type];
  if (!roles.includes(role)) return refuse('ROLE_NOT_ALLOWED');
  if (state === 'completed') return refuse('PRACTICE_CYCLE_COMPLETED');
  const due = PRACTICE_STATES.indexOf(state);
  const wanted = PRACTICE_STATES.indexOf(step);
  if (wanted > due)
    return refuse('PRACTICE_STEP_NOT_REACHED', { step: label(step), expected: label(state) });
  if (wanted < due) return refuse('PRACTICE_STEP_FINISHED', { step: label(step) });
  return null;
}

function fail(problems: readonly PracticeProblem[]): PracticeCommandResult {
  const [first] = problems;
  if (!first) throw new Error('fail() needs at least one problem');
  return { ok: false, code: first.code, params: first.params, problems };
}

function refused(transition: Transition<string>): PracticeCommandResult {
  if (transition.ok) throw new Error('refused() needs a refusal');
  return { ok: false, code: transition.code, params: transition.params, problems: [] };
}

const problem = (
  code: MessageCode,
  field: string,
  params: MessageParams = {},
): PracticeProblem => ({
  code,
  field,
  params,
});

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries.map(([key, child]) => [key, sortKeys(child)]));
  }
  return value;
}

const sameJson = (a: unknown, b: unknown) =>
  JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));

/** Sections a command writes, for merging concurrent edits: each observation item is its own. */
export function touchedSections(command: PracticeCommand): string[] {
  switch (command.type) {
    case 'save_preparation':
      return ['preparation'];
    case 'save_observation': {
      const items = Object.keys(command.ratings).map((code) => `observation.${code}`);
      return command.generalNote === undefined ? items : [...items, 'observation.note'];
    }
    case 'save_follow_up':
      return ['followUp'];
    case 'save_actions':
      return ['actions'];
    case 'save_reflection':
      return ['reflection'];
    case 'save_comment':
      return ['comment'];
    default:
      return [];
  }
}

/**
 * Whether a write based on `baseVersion` would overwrite something it has not seen: a finalisation,
 * acknowledgement or submission needs the latest version; a part save only conflicts when one of
 * the sections it writes changed after `baseVersion` (so a half-filled observation on two devices
 * keeps both devices' ratings of different behaviours).
 */
export function isStaleWrite(options: {
  record: PracticeRecord;
  command: PracticeCommand;
  baseVersion: number;
  currentVersion: number;
}): boolean {
  const { record, command, baseVersion, currentVersion } = options;
  if (baseVersion > currentVersion) return true;
  const sections = touchedSections(command);
  if (sections.length === 0) return baseVersion !== currentVersion;
  return sections.some((section) => (record.revisions[section] ?? 0) > baseVersion);
}

function withRevisions(
  record: PracticeRecord,
  command: PracticeCommand,
  version: number,
): PracticeRecord {
  const revisions = { ...record.revisions };
  for (const section of touchedSections(command)) revisions[section] = version;
  return { ...record, revisions };
}

function savePart(
  record: PracticeRecord,
  command: PracticeCommand,
  context: PracticeContext,
): { record: PracticeRecord } | { problems: readonly PracticeProblem[] } {
  switch (command.type) {
    case 'save_preparation': {
      const problems = preparationProblems({ preparation: command.preparation, context });
      return problems.length > 0
        ? { problems }
        : { record: { ...record, preparation: command.preparation } };
    }
    case 'save_observation': {
      const known = new Set((record.items ?? []).map((item) => item.code));
      const unknown = Object.keys(command.ratings).filter((code) => !known.has(code));
      if (unknown.length > 0) {
        const problems = unknown.map((code) =>
          problem('PRACTICE_ITEM_UNKNOWN', `observation.ratings.${code}`, { code }),
        );
        return { problems };
      }
      const ratings = { ...record.observation.ratings };
      for (const [code, entry] of Object.entries(command.ratings)) {
        ratings[code] = { rating: entry.rating, note: entry.note };
      }
      const generalNote = command.generalNote ?? record.observation.generalNote;
      return { record: { ...record, observation: { ratings, generalNote } } };
    }
    case 'save_follow_up':
      return {
        record: { ...record, followUp: { ...record.followUp, agreement: command.agreement } },
      };
    case 'acknowledge_follow_up':
      if (record.followUp.acknowledgedAt !== null) {
        return { problems: [problem('PRACTICE_ALREADY_ACKNOWLEDGED', 'followUp.acknowledgedAt')] };
      }
      return {
        record: { ...record, followUp: { ...record.followUp, acknowledgedAt: context.now } },
      };
    case 'save_actions': {
      // Actions happen after the observation and not in the future — domain.md §2.3 (D after C).
      const end = context.today < context.window.end ? context.today : context.window.end;
      const bounds = { start: context.window.start, end };
      const problems = command.actions.flatMap((action, index) =>
        action.date < bounds.start || action.date > bounds.end
          ? [problem('PRACTICE_ACTION_DATE_OUTSIDE', `actions[${index}].date`, bounds)]
          : [],
      );
      return problems.length > 0
        ? { problems }
        : { record: { ...record, actions: command.actions } };
    }
    case 'save_reflection':
    case 'submit_reflection': {
      if (record.reflection.submittedAt !== null) {
        return { problems: [problem('PRACTICE_REFLECTION_SUBMITTED', 'reflection.text')] };
      }
      if (command.type === 'save_reflection') {
        return { record: { ...record, reflection: { ...record.reflection, text: command.text } } };
      }
      if (record.reflection.text.trim() === '') {
        return { problems: [problem('PRACTICE_REFLECTION_REQUIRED', 'reflection.text')] };
      }
      return {
        record: { ...record, reflection: { ...record.reflection, submittedAt: context.now } },
      };
    }
    case 'save_comment':
      return {
        record: { ...record, reflection: { ...record.reflection, comment: command.comment } },
      };
    default:
      throw new Error(`not a part command: ${command.type}`);
  }
}

// What a step must hold before it is finished — domain.md §2.3, §3.6, §3.9.
function finishProblems(
  record: PracticeRecord,
  step: PracticeStep,
  context: PracticeContext,
): PracticeProblem[] {
  switch (step) {
    case 'preparation_discussion':
      return preparationProblems({ preparation: record.preparation, context, isFinal: true });
    case 'observation': {
      const missing = (record.items ?? []).filter(
        (item) => !record.observation.ratings[item.code]?.rating,
      ).length;
      return missing > 0
        ? [problem('PRACTICE_OBSERVATION_INCOMPLETE', 'observation.ratings', { missing })]
        : [];
    }
    case 'follow_up_discussion':
      return record.followUp.agreement.trim() === ''
        ? [problem('PRACTICE_FOLLOW_UP_REQUIRED', 'followUp.agreement')]
        : [];
    case 'follow_up_action':
      if (record.followUp.acknowledgedAt === null) {
        return [problem('PRACTICE_FOLLOW_UP_NOT_ACKNOWLEDGED', 'followUp.acknowledgedAt')];
      }
      return record.actions.length === 0 ? [problem('PRACTICE_ACTIONS_REQUIRED', 'actions')] : [];
    case 'follow_up_reflection':
      if (record.reflection.submittedAt === null) {
        return [problem('PRACTICE_REFLECTION_NOT_SUBMITTED', 'reflection.submittedAt')];
      }
      return record.reflection.comment.trim() === ''
        ? [problem('PRACTICE_COMMENT_REQUIRED', 'reflection.comment')]
        : [];
  }
}

function finishStep(options: {
  record: PracticeRecord;
  step: PracticeStep;
  role: ParticipantRole;
  context: PracticeContext;
}): PracticeCommandResult {
  const { record, step, role, context } = options;
  const transition = transitionPractice({ state: record.state, role, action: step });
  if (!transition.ok) return refused(transition);
  const problems = finishProblems(record, step, context);
  if (problems.length > 0) return fail(problems);
  const stamp = { at: context.now, by: context.actorId };
  const next: PracticeRecord = {
    ...record,
    state: transition.state,
    finished: { ...record.finished, [step]: stamp },
    // The behaviours to observe are fixed when A is agreed, so later catalogue edits do not move them.
    ...(step === 'preparation_discussion'
      ? { items: observationItems({ targets: context.targets, preparation: record.preparation }) }
      : {}),
  };
  return { ok: true, record: next, isChanged: true, finishedStep: step };
}

/**
 * Applies a command to a practice cycle: who may write which part in which step (domain.md §2.3),
 * each step's content rules, and step finalisation through `transitionPractice`.
 */
export function applyPracticeCommand(options: {
  record: PracticeRecord;
  command: PracticeCommand;
  role: ParticipantRole;
  context: PracticeContext;
}): PracticeCommandResult {
  const { record, command, role, context } = options;
  const finishing = FINISHES[command.type];
  if (finishing) return finishStep({ record, step: finishing, role, context });
  const gate = partGate(record.state, command.type as PartCommand, role);
  if (gate) return refused(gate);
  const saved = savePart(record, command, context);
  if ('problems' in saved) return fail(saved.problems);
  const next = saved.record;
  if (sameJson(next, record)) return { ok: true, record, isChanged: false, finishedStep: null };
  return {
    ok: true,
    record: withRevisions(next, command, context.version),
    isChanged: true,
    finishedStep: null,
  };
}
