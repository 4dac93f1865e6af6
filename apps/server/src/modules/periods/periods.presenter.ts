import type { Period } from '@kinerja/contract';
import { derivationOf, ruleSetFor } from '@kinerja/domain';
import type { PeriodRow } from './periods.repository.js';

/** The stored (Indonesian) label, or the rule set's English label when English is asked for. */
function periodLabel(row: PeriodRow, locale: 'id' | 'en'): string {
  if (locale === 'id' || row.id !== row.ruleSetVersion) return row.label;
  return ruleSetFor(row.ruleSetVersion).label.en;
}

/** Period row → API shape; a derived rule set travels along so the web can register it. */
export function presentPeriod(
  row: PeriodRow,
  currentId: string,
  locale: 'id' | 'en' = 'id',
): Period {
  const derivation = derivationOf(row.ruleSetVersion);
  return {
    id: row.id,
    label: periodLabel(row, locale),
    ruleSetVersion: row.ruleSetVersion,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    prePlanning:
      row.prePlanningOpensOn && row.prePlanningClosesOn
        ? { opensOn: row.prePlanningOpensOn, closesOn: row.prePlanningClosesOn }
        : null,
    planning: { opensOn: row.planningOpensOn, closesOn: row.planningClosesOn },
    execution: { opensOn: row.executionOpensOn, closesOn: row.executionClosesOn },
    assessment: { opensOn: row.assessmentOpensOn, closesOn: row.assessmentClosesOn },
    windowsAreDefaults: row.windowsAreDefaults,
    ruleSet: derivation ? { ...derivation, changes: { ...derivation.changes } } : null,
    isCurrent: row.id === currentId,
  };
}
