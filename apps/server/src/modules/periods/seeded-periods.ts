import { periodDefinitions, type PeriodDefinition } from '@kinerja/domain';
import type { PeriodRow } from './periods.repository.js';

function windowOf(definition: PeriodDefinition, stage: 'planning' | 'execution' | 'assessment') {
  const window = definition.stageWindows.find((w) => w.stage === stage);
  if (!window) throw new Error(`Periode ${definition.id} tidak punya tahap ${stage}`);
  return window;
}

/** The periods table rows derived from the domain's rule sets (domain.md §2.1, §2.4). */
export function seededPeriods(): PeriodRow[] {
  return periodDefinitions.map((definition, index) => {
    const planning = windowOf(definition, 'planning');
    const execution = windowOf(definition, 'execution');
    const assessment = windowOf(definition, 'assessment');
    return {
      id: definition.id,
      label: definition.label,
      ruleSetVersion: definition.id,
      startsOn: definition.startDate,
      endsOn: definition.endDate,
      planningOpensOn: planning.start,
      planningClosesOn: planning.end,
      executionOpensOn: execution.start,
      executionClosesOn: execution.end,
      assessmentOpensOn: assessment.start,
      assessmentClosesOn: assessment.end,
      sortOrder: index + 1,
    };
  });
}
