import { seedCatalogues, type CatalogueSet } from '../catalogues/registry';
import { messageFor } from '../errors/messages';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import type { PlanTab } from '../periods/stages';
import { ruleSetFor } from '../rule-sets/registry';
import type { RuleSet } from '../rule-sets/rule-set';
import type { PlanDraft } from './plan-draft';
import { error, type PlanProblem, type ProblemSeed, type TabContext } from './plan-problem';
import { validateAdditionalDuties } from './validate-additional-duties';
import { validateCompetency } from './validate-competency';
import { validateMainDuties } from './validate-main-duties';
import { validatePractice } from './validate-practice';
import { validateWorkBehaviour } from './validate-work-behaviour';

/** Problems of one tab, in the rule set's tab order. */
export type TabProblems = { readonly tab: PlanTab; readonly problems: readonly PlanProblem[] };

/** The outcome of validating a plan draft: valid when no problem is an error. */
export type PlanValidation = {
  readonly isValid: boolean;
  readonly tabs: readonly TabProblems[];
  readonly problems: readonly PlanProblem[];
};

// "Data sudah sesuai" in every version (2026: with Tim Kinerja and assessor, Pra-Perencanaan), so the
// server refuses a plan whose data diri was never checked — domain.md §3.2, §3.7, §3.8.
function validatePersonalDataCheck({ draft, ruleSet }: TabContext): ProblemSeed[] {
  const rule = ruleSet.personalDataCheck;
  if (!rule.isRequired || draft.isPersonalDataConfirmed) return [];
  const code = rule.includesTeam ? 'PRE_PLANNING_NOT_CONFIRMED' : 'PERSONAL_DATA_NOT_CONFIRMED';
  return [error(code, 'isPersonalDataConfirmed')];
}

function seedsForTab(tab: PlanTab, context: TabContext): ProblemSeed[] {
  const seeds: ProblemSeed[] = [];
  if (tab === context.ruleSet.personalDataCheck.reportedOnTab)
    seeds.push(...validatePersonalDataCheck(context));
  if (tab === 'main_duties') seeds.push(...validateMainDuties(context));
  if (tab === 'practice') seeds.push(...validatePractice(context));
  if (tab === 'competency') seeds.push(...validateCompetency(context));
  if (tab === 'work_behaviour') seeds.push(...validateWorkBehaviour(context));
  // Where tugas tambahan are declared depends on the version — domain.md §3.3 vs §3.5.
  if (tab === context.ruleSet.additionalDuties.tab)
    seeds.push(...validateAdditionalDuties(context));
  return seeds;
}

/** Validates a plan draft per tab against its rule set; the same function runs in browser and server. */
export function validatePlan(options: {
  draft: PlanDraft;
  ruleSet?: RuleSet;
  catalogues?: CatalogueSet;
  locale?: Locale;
}): PlanValidation {
  const ruleSet = options.ruleSet ?? ruleSetFor(options.draft.periodVersion);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const context = {
    draft: options.draft,
    ruleSet,
    catalogues: options.catalogues ?? seedCatalogues,
  };
  const tabs = ruleSet.tabs.map((tab) => ({
    tab,
    problems: seedsForTab(tab, context).map((seed) => ({
      ...seed,
      tab,
      message: messageFor(seed.code, locale, seed.params),
    })),
  }));
  const problems = tabs.flatMap((entry) => entry.problems);
  return { isValid: problems.every((problem) => problem.severity !== 'error'), tabs, problems };
}
