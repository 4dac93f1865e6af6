import { DomainError } from '../errors/domain-error';
import { PERIOD_VERSIONS, type BuiltInPeriodVersion } from '../periods/period-versions';
import type { Stage } from '../periods/stages';
import { ruleSet2024S1 } from './2024-s1';
import { ruleSet2024S2 } from './2024-s2';
import { ruleSet2025 } from './2025';
import { ruleSet2026 } from './2026';
import { deriveRuleSet, type RuleSetDerivation } from './derive-rule-set';
import type { RuleSet, StageWindow } from './rule-set';

/** The built-in rule sets (code) — domain.md §8 item 1. */
export const RULE_SETS: { readonly [V in BuiltInPeriodVersion]: RuleSet } = {
  '2024-S1': ruleSet2024S1,
  '2024-S2': ruleSet2024S2,
  '2025': ruleSet2025,
  '2026': ruleSet2026,
};

// Derived rule sets (stored as data by the server) live in one module-level map: the domain stays
// pure per call, and `ruleSetFor` keeps one signature for built-in and derived versions.
const derived = new Map<string, RuleSet>();
const storedDerivations = new Map<string, RuleSetDerivation>();

const isBuiltIn = (version: string): version is BuiltInPeriodVersion =>
  (PERIOD_VERSIONS as readonly string[]).includes(version);

/** Whether a string names a known rule set (built in or registered). */
export function isPeriodVersion(value: string): boolean {
  return isBuiltIn(value) || derived.has(value);
}

/** The rule set of a period version; throws `UNKNOWN_PERIOD_VERSION` otherwise. */
export function ruleSetFor(version: string): RuleSet {
  if (isBuiltIn(version)) return RULE_SETS[version];
  const found = derived.get(version);
  if (!found) throw new DomainError('UNKNOWN_PERIOD_VERSION', { details: { version } });
  return found;
}

/**
 * Registers rule sets derived as data, bases first (a base may itself be derived); replaces an
 * earlier registration of the same version. Returns the registered rule sets.
 */
export function registerRuleSets(derivations: readonly RuleSetDerivation[]): RuleSet[] {
  const pending = [...derivations];
  const done: RuleSet[] = [];
  while (pending.length > 0) {
    const index = pending.findIndex((d) => isPeriodVersion(d.basedOn) && !isBuiltIn(d.version));
    if (index < 0) {
      const version = pending[0]!.version;
      throw new DomainError('UNKNOWN_PERIOD_VERSION', { details: { version } });
    }
    const [next] = pending.splice(index, 1);
    const ruleSet = deriveRuleSet(ruleSetFor(next!.basedOn), next!);
    derived.set(ruleSet.version, ruleSet);
    storedDerivations.set(ruleSet.version, next!);
    done.push(ruleSet);
  }
  return done;
}

/** The stored derivation of a registered rule set, or undefined for a built-in or unknown one. */
export function derivationOf(version: string): RuleSetDerivation | undefined {
  return storedDerivations.get(version);
}

/** Every known rule set, built-in ones first, then registered ones in registration order. */
export function allRuleSets(): RuleSet[] {
  return [...Object.values(RULE_SETS), ...derived.values()];
}

/** The window of a stage in a rule set, or undefined when the version has no such stage. */
export function findStageWindow(ruleSet: RuleSet, stage: Stage): StageWindow | undefined {
  return ruleSet.stages.find((window) => window.stage === stage);
}
