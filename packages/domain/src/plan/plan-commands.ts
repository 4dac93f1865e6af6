import type { CatalogueSet } from '../catalogues/registry';
import type { IsoDate } from '../common/dates';
import type { ParticipantRole } from '../common/transition';
import { stageDeadline, type DeadlineExtension } from '../deadlines/deadlines';
import type { MessageCode, MessageParams } from '../errors/messages';
import type { RuleSet } from '../rule-sets/rule-set';
import type { ApprovalMode } from '../supervisor/resolve-supervisor';
import type { PlanDraft } from './plan-draft';
import { transitionPlan, type PlanAction, type PlanState } from './plan-machine';
import type { PlanProblem } from './plan-problem';
import { applyRhkChange, type RhkChange } from './rhk-change';
import { validatePlan } from './validate-plan';

/** A plan with its content. */
export type PlanRecord = {
  readonly state: PlanState;
  readonly draft: PlanDraft;
  /** Shown to the supervisor as "DIUBAH OLEH ANDA" after an RHK change — domain.md §3.4. */
  readonly isChangedByEmployee: boolean;
  readonly returnNote: string | null;
};

/** A command on a plan; each maps to one plan action. */
export type PlanCommand =
  | { readonly type: 'start' }
  | { readonly type: 'save_draft'; readonly draft: PlanDraft }
  | { readonly type: 'submit' }
  | { readonly type: 'approve' }
  | { readonly type: 'return'; readonly note: string }
  | { readonly type: 'resolve_supervisor' }
  | {
      readonly type: 'change_rhk';
      readonly change: RhkChange;
      readonly isDiscussionConfirmed: boolean;
    };

/** Facts a command needs besides the plan: the rules, the supervisor resolution and today. */
export type PlanCommandContext = {
  readonly ruleSet: RuleSet;
  readonly approval: ApprovalMode;
  readonly today: IsoDate;
  readonly extensions?: readonly DeadlineExtension[];
  readonly catalogues?: CatalogueSet;
};

/** The plan after a command, or a coded refusal (with plan problems when relevant). */
export type PlanCommandResult =
  | {
      readonly ok: true;
      readonly plan: PlanRecord;
      readonly removedCompetencyRhkCodes: readonly string[];
      readonly removedAdditionalDutyCodes: readonly string[];
    }
  | {
      readonly ok: false;
      readonly code: MessageCode;
      readonly params: MessageParams;
      readonly problems?: readonly PlanProblem[];
    };

type Refusal = Extract<PlanCommandResult, { ok: false }>;

const LOCKABLE: readonly PlanAction[] = ['start', 'save_draft', 'submit'];

/** A new, not-started plan holding a blank draft. */
export function newPlanRecord(draft: PlanDraft): PlanRecord {
  return { state: 'not_started', draft, isChangedByEmployee: false, returnNote: null };
}

// 2026: after 31 Jan the employee is locked out unless extended — domain.md §2.4.
function lockout(action: PlanAction, context: PlanCommandContext): Refusal | null {
  if (!LOCKABLE.includes(action)) return null;
  const planning = stageDeadline({ ...context, now: context.today, stage: 'planning' });
  if (!planning?.isLockedOut) return null;
  return { ok: false, code: 'PLANNING_LOCKED_OUT', params: { date: planning.effectiveClosesOn } };
}

function isSameIdentity(a: PlanDraft, b: PlanDraft): boolean {
  return (
    a.periodVersion === b.periodVersion &&
    a.employeeKind === b.employeeKind &&
    a.schoolLevel === b.schoolLevel
  );
}

type ContentResult = { readonly ok: true; readonly plan: PlanRecord } | Refusal;

function content(
  plan: PlanRecord,
  command: PlanCommand,
  context: PlanCommandContext,
): ContentResult {
  switch (command.type) {
    case 'save_draft':
      return isSameIdentity(plan.draft, command.draft)
        ? { ok: true, plan: { ...plan, draft: command.draft } }
        : { ok: false, code: 'PLAN_DRAFT_MISMATCH', params: {} };
    case 'submit': {
      const { ruleSet, catalogues } = context;
      const validation = validatePlan({ draft: plan.draft, ruleSet, catalogues });
      return validation.isValid
        ? { ok: true, plan: { ...plan, returnNote: null } }
        : { ok: false, code: 'PLAN_HAS_PROBLEMS', params: {}, problems: validation.problems };
    }
    case 'return':
      return { ok: true, plan: { ...plan, returnNote: command.note } };
    default:
      return { ok: true, plan };
  }
}

function changeRhk(
  plan: PlanRecord,
  command: Extract<PlanCommand, { type: 'change_rhk' }>,
  context: PlanCommandContext,
): PlanCommandResult {
  const result = applyRhkChange({
    ...context,
    draft: plan.draft,
    change: command.change,
    isDiscussionConfirmed: command.isDiscussionConfirmed,
  });
  if (!result.ok) return result;
  const { draft, removedCompetencyRhkCodes, removedAdditionalDutyCodes } = result;
  return {
    ok: true,
    plan: { ...plan, draft, isChangedByEmployee: true },
    removedCompetencyRhkCodes,
    removedAdditionalDutyCodes,
  };
}

/** Applies a command to a plan: state machine, lockout, validation and RHK-change rules. */
export function applyPlanCommand(options: {
  plan: PlanRecord;
  command: PlanCommand;
  role: ParticipantRole;
  context: PlanCommandContext;
}): PlanCommandResult {
  const { plan, command, role, context } = options;
  const step = transitionPlan({
    state: plan.state,
    role,
    action: command.type,
    approval: context.approval,
  });
  if (!step.ok) return step;
  const locked = lockout(command.type, context);
  if (locked) return locked;
  if (command.type === 'change_rhk') return changeRhk(plan, command, context);
  const result = content(plan, command, context);
  if (!result.ok) return result;
  return {
    ok: true,
    plan: { ...result.plan, state: step.state },
    removedCompetencyRhkCodes: [],
    removedAdditionalDutyCodes: [],
  };
}
