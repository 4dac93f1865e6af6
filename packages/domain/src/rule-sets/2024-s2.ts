import type { RuleSet } from './rule-set';
import { rules2024 } from './shared-2024';
import { stageWindow } from './stage-window';

const PERIOD = 'domain.md §2.1 (period [C]); month split mirrors semester 1 [I]';

/** Semester 2 2024: 1 Jul–31 Dec 2024; windows mirror semester 1 [I] — domain.md §2.1, §2.4. */
export const ruleSet2024S2: RuleSet = {
  ...rules2024,
  version: '2024-S2',
  evaluationDocuments: 'second_semester_and_year',
  label: { id: 'Semester 2 2024 (Juli–Desember)', en: 'Semester 2 2024 (July–December)' },
  startDate: '2024-07-01',
  endDate: '2024-12-31',
  // A guru plans Periode 2 only after the atasan has started Pelaksanaan Kinerja Periode 2
  // [S] INFOGURU-P2 — domain.md §2.4; the principal's own start date is not given for Periode 2.
  planningStart: { principalOpensOn: null, waitsForSupervisorExecution: true },
  stages: [
    stageWindow({
      stage: 'planning',
      start: '2024-07-01',
      end: '2024-07-31',
      source: PERIOD,
      isInferred: true,
    }),
    stageWindow({
      stage: 'execution',
      start: '2024-08-01',
      end: '2024-11-30',
      source: PERIOD,
      isInferred: true,
    }),
    stageWindow({
      stage: 'assessment',
      start: '2024-12-01',
      end: '2024-12-31',
      source: PERIOD,
      isInferred: true,
    }),
  ],
};
