import type { Period } from '@kinerja/contract';
import type { PeriodRow } from './periods.repository.js';

/** Period row → API shape. */
export function presentPeriod(row: PeriodRow, currentId: string): Period {
  return {
    id: row.id,
    label: row.label,
    ruleSetVersion: row.ruleSetVersion,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    planning: { opensOn: row.planningOpensOn, closesOn: row.planningClosesOn },
    execution: { opensOn: row.executionOpensOn, closesOn: row.executionClosesOn },
    assessment: { opensOn: row.assessmentOpensOn, closesOn: row.assessmentClosesOn },
    isCurrent: row.id === currentId,
  };
}
