import type { IsoDate } from '../common/dates';
import type { StageWindow } from '../rule-sets/rule-set';
import { RULE_SETS } from '../rule-sets/registry';
import { PERIOD_VERSIONS, type PeriodVersion } from './period-versions';

/** A row of the server's `periods` table, derived from the rule sets. */
export type PeriodDefinition = {
  readonly id: PeriodVersion;
  /** Indonesian label as shown in "Ganti periode", e.g. "Januari–Desember 2025". */
  readonly label: string;
  readonly labelEn: string;
  readonly cycle: 'semester' | 'year';
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly stageWindows: readonly StageWindow[];
};

/** Periods to seed, oldest first — domain.md §2.1. */
export const periodDefinitions: readonly PeriodDefinition[] = PERIOD_VERSIONS.map((version) => {
  const ruleSet = RULE_SETS[version];
  return {
    id: version,
    label: ruleSet.label.id,
    labelEn: ruleSet.label.en,
    cycle: ruleSet.cycle,
    startDate: ruleSet.startDate,
    endDate: ruleSet.endDate,
    stageWindows: ruleSet.stages,
  };
});
