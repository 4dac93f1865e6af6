import type { Period } from '@kinerja/contract';
import { periodDefinitions } from '@kinerja/domain';
import type { PeriodRow } from './periods.repository.js';

/** The stored (Indonesian) label, or the rule set's English label when English is asked for. */
function periodLabel(row: PeriodRow, locale: 'id' | 'en'): string {
  if (locale === 'id') return row.label;
  return periodDefinitions.find((d) => d.id === row.id)?.labelEn ?? row.label;
}

/** Period row → API shape. */
export function presentPeriod(
  row: PeriodRow,
  currentId: string,
  locale: 'id' | 'en' = 'id',
): Period {
  return {
    id: row.id,
    label: periodLabel(row, locale),
    ruleSetVersion: row.ruleSetVersion,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    planning: { opensOn: row.planningOpensOn, closesOn: row.planningClosesOn },
    execution: { opensOn: row.executionOpensOn, closesOn: row.executionClosesOn },
    assessment: { opensOn: row.assessmentOpensOn, closesOn: row.assessmentClosesOn },
    isCurrent: row.id === currentId,
  };
}
