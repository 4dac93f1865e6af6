import type { Period } from '@kinerja/contract';
import { isPeriodVersion, registerRuleSets, type RuleSetDerivation } from '@kinerja/domain';

/**
 * Registers the rule sets stored as data (e.g. 2027 from 2026) that periods carry, so the web's
 * `ruleSetFor` knows them as the server's does (issue 13 item 2; docs/ARCHITECTURE.md).
 */
export function registerPeriodRuleSets(periods: readonly Pick<Period, 'ruleSet'>[]): void {
  const derivations = periods.flatMap((period) =>
    period.ruleSet && isPeriodVersion(period.ruleSet.basedOn)
      ? [period.ruleSet as unknown as RuleSetDerivation]
      : [],
  );
  if (derivations.length > 0) registerRuleSets(derivations);
}
