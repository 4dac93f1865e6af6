import type { CatalogueSet } from '../catalogues/registry';
import type { MessageCode, MessageParams } from '../errors/messages';
import type { PlanTab } from '../periods/stages';
import type { RuleSet } from '../rule-sets/rule-set';
import type { PlanDraft } from './plan-draft';

/** An error blocks submission; a warning only informs. */
export type ProblemSeverity = 'error' | 'warning';

/** A problem found by a tab validator, before it is placed on a tab and localized. */
export type ProblemSeed = {
  readonly code: MessageCode;
  readonly severity: ProblemSeverity;
  /** Path of the draft field, e.g. `additionalDuties[1].skReference`. */
  readonly field: string;
  readonly params: MessageParams;
};

/** A localized problem on a planning tab. */
export type PlanProblem = ProblemSeed & { readonly tab: PlanTab; readonly message: string };

/** What every tab validator receives. */
export type TabContext = {
  readonly draft: PlanDraft;
  readonly ruleSet: RuleSet;
  readonly catalogues: CatalogueSet;
};

/** Builds an error-severity problem. */
export function error(code: MessageCode, field: string, params: MessageParams = {}): ProblemSeed {
  return { code, severity: 'error', field, params };
}

/** Codes that appear more than once, each reported once. */
export function duplicatesOf(codes: readonly string[]): string[] {
  return [...new Set(codes.filter((code, index) => codes.indexOf(code) !== index))];
}
