import { DomainError } from '../errors/domain-error';
import type { PeriodVersion } from '../periods/period-versions';
import { isPeriodVersion } from '../periods/period-versions';
import type { Stage } from '../periods/stages';
import { ruleSet2024S1 } from './2024-s1';
import { ruleSet2024S2 } from './2024-s2';
import { ruleSet2025 } from './2025';
import { ruleSet2026 } from './2026';
import type { RuleSet, StageWindow } from './rule-set';

/** The rule set of every period version; a new year adds one entry — domain.md §8 item 1. */
export const RULE_SETS: { readonly [V in PeriodVersion]: RuleSet } = {
  '2024-S1': ruleSet2024S1,
  '2024-S2': ruleSet2024S2,
  '2025': ruleSet2025,
  '2026': ruleSet2026,
};

/** The rule set of a period version; throws `UNKNOWN_PERIOD_VERSION` otherwise. */
export function ruleSetFor(version: string): RuleSet {
  if (!isPeriodVersion(version))
    throw new DomainError('UNKNOWN_PERIOD_VERSION', { details: { version } });
  return RULE_SETS[version];
}

/** The window of a stage in a rule set, or undefined when the version has no such stage. */
export function findStageWindow(ruleSet: RuleSet, stage: Stage): StageWindow | undefined {
  return ruleSet.stages.find((window) => window.stage === stage);
}
