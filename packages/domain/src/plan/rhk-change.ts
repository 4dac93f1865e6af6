import type { CatalogueSet } from '../catalogues/registry';
import type { IsoDate } from '../common/dates';
import type { MessageCode, MessageParams } from '../errors/messages';
import { findStageWindow } from '../rule-sets/registry';
import type { RhkChangeCategory, RuleSet } from '../rule-sets/rule-set';
import { competencyActivityCounts, competencyCodesFromCounts } from './competency-activities';
import type { AdditionalDutyChoice, PlanDraft } from './plan-draft';
import { diffRhkChange } from './rhk-change-diff';
import type { PlanProblem } from './plan-problem';
import { validatePlan } from './validate-plan';

/** New selections for the sections an employee may change after approval — domain.md §3.4. */
export type RhkChange = {
  readonly competencyRhkCodes?: readonly string[];
  readonly additionalDuties?: readonly AdditionalDutyChoice[];
};

/** A refused change, with plan problems when the new selection is invalid. */
export type RhkChangeRefusal = {
  readonly ok: false;
  readonly code: MessageCode;
  readonly params: MessageParams;
  readonly problems?: readonly PlanProblem[];
};

/** An accepted change: the new draft and the RHKs whose evidence is superseded. */
export type RhkChangeResult =
  | {
      readonly ok: true;
      readonly draft: PlanDraft;
      readonly removedCompetencyRhkCodes: readonly string[];
      readonly removedAdditionalDutyCodes: readonly string[];
    }
  | RhkChangeRefusal;

type ChangeOptions = {
  draft: PlanDraft;
  change: RhkChange;
  ruleSet: RuleSet;
  today: IsoDate;
  isDiscussionConfirmed: boolean;
  catalogues?: CatalogueSet;
};

const refuse = (code: MessageCode, params: MessageParams = {}): RhkChangeRefusal => ({
  ok: false,
  code,
  params,
});

function categoriesOf(change: RhkChange): RhkChangeCategory[] {
  const categories: RhkChangeCategory[] = [];
  if (change.competencyRhkCodes) categories.push('competency');
  if (change.additionalDuties) categories.push('additional_duties');
  return categories;
}

// Scope, window ("sebelum periode penilaian dimulai") and "Sudah diskusi" [C] SEED4 — domain.md §3.4.
function precondition(options: ChangeOptions): RhkChangeRefusal | null {
  const rule = options.ruleSet.rhkChange;
  if (!rule.isAllowed) return refuse('RHK_CHANGE_NOT_ALLOWED');
  const category = categoriesOf(options.change).find((c) => !rule.categories.includes(c));
  if (category) return refuse('RHK_CHANGE_CATEGORY_NOT_ALLOWED', { category });
  const assessment = findStageWindow(options.ruleSet, 'assessment');
  if (assessment && options.today >= assessment.start) {
    return refuse('RHK_CHANGE_WINDOW_CLOSED', { date: assessment.start });
  }
  if (rule.isDiscussionRequired && !options.isDiscussionConfirmed) {
    return refuse('RHK_CHANGE_DISCUSSION_REQUIRED');
  }
  return null;
}

const withSkRequired = (ruleSet: RuleSet): RuleSet => ({
  ...ruleSet,
  additionalDuties: { ...ruleSet.additionalDuties, isSkReferenceRequired: true },
});

/** The SK fields of duties kept exactly as approved (same duty, same reference). */
function untouchedDutyFields(before: PlanDraft, after: PlanDraft): Set<string> {
  const needing = new Set(dutiesNeedingSk(before, after));
  const fields = new Set<string>();
  after.additionalDuties.forEach((duty, index) => {
    if (!needing.has(duty.code)) fields.add(`additionalDuties[${index}].skReference`);
  });
  return fields;
}

/** The duties a change adds or whose SK reference it changes: the ones that need an SK — domain.md §3.4. */
export function dutiesNeedingSk(
  before: Pick<PlanDraft, 'additionalDuties'>,
  after: Pick<PlanDraft, 'additionalDuties'>,
): string[] {
  const approved = new Map(before.additionalDuties.map((duty) => [duty.code, duty.skReference]));
  return after.additionalDuties
    .filter((duty) => approved.get(duty.code) !== duty.skReference)
    .map((duty) => duty.code);
}

const removed = (before: readonly string[], after: readonly string[]): string[] =>
  before.filter((code) => !after.includes(code));

// Activities repeat (§4.5): the same counts in another order are no change; a new selection is
// stored grouped by activity.
const sorted = (codes: readonly string[]) => JSON.stringify([...codes].sort());
function nextCompetency(before: readonly string[], requested: readonly string[] | undefined) {
  if (!requested || sorted(requested) === sorted(before)) return before;
  return competencyCodesFromCounts(competencyActivityCounts(requested));
}

/** Applies "Ubah Rencana Hasil Kerja" to an approved plan's draft; practice stays locked. */
export function applyRhkChange(options: ChangeOptions): RhkChangeResult {
  const refusal = precondition(options);
  if (refusal) return refusal;
  const { draft, change } = options;
  const next: PlanDraft = {
    ...draft,
    competencyRhkCodes: nextCompetency(draft.competencyRhkCodes, change.competencyRhkCodes),
    additionalDuties: change.additionalDuties ?? draft.additionalDuties,
  };
  if (JSON.stringify(next) === JSON.stringify(draft)) return refuse('RHK_CHANGE_EMPTY');
  // The new selection must still be valid, e.g. ≥ 32 points; a new Tugas Tambahan must be backed by
  // an SK / Surat Tugas ("disertai dengan Surat Kerja atau Surat Tugas") [C] SEED4 — domain.md §3.4.
  // Duties kept as approved are not re-asked: only added duties and changed references need one.
  const validation = validatePlan({
    draft: next,
    ruleSet: change.additionalDuties ? withSkRequired(options.ruleSet) : options.ruleSet,
    catalogues: options.catalogues,
  });
  const untouched = untouchedDutyFields(draft, next);
  const problems = validation.problems.filter(
    (problem) => !(problem.code === 'ADDITIONAL_DUTY_SK_REQUIRED' && untouched.has(problem.field)),
  );
  if (problems.some((problem) => problem.severity === 'error')) {
    return { ...refuse('PLAN_HAS_PROBLEMS'), problems };
  }
  const dutyCodes = (duties: readonly AdditionalDutyChoice[]) => duties.map((duty) => duty.code);
  return {
    ok: true,
    draft: next,
    removedCompetencyRhkCodes: diffRhkChange(draft, next).competency.removed,
    removedAdditionalDutyCodes: removed(
      dutyCodes(draft.additionalDuties),
      dutyCodes(next.additionalDuties),
    ),
  };
}
