import type { PeriodRow } from './periods.repository.js';

// TEMPORARY until @kinerja/domain exports periodDefinitions.
/** The rule-set periods seeded into the periods table. */
export function seededPeriods(): PeriodRow[] {
  return [
    {
      id: '2024-S1',
      label: 'Semester 1 2024 (Januari–Juni)',
      ruleSetVersion: '2024-S1',
      startsOn: '2024-01-01',
      endsOn: '2024-06-30',
      planningOpensOn: '2024-01-01',
      planningClosesOn: '2024-01-31',
      executionOpensOn: '2024-02-01',
      executionClosesOn: '2024-05-31',
      assessmentOpensOn: '2024-06-01',
      assessmentClosesOn: '2024-06-30',
      sortOrder: 1,
    },
    {
      id: '2024-S2',
      label: 'Semester 2 2024 (Juli–Desember)',
      ruleSetVersion: '2024-S2',
      startsOn: '2024-07-01',
      endsOn: '2024-12-31',
      planningOpensOn: '2024-07-01',
      planningClosesOn: '2024-07-31',
      executionOpensOn: '2024-08-01',
      executionClosesOn: '2024-11-30',
      assessmentOpensOn: '2024-12-01',
      assessmentClosesOn: '2024-12-31',
      sortOrder: 2,
    },
    {
      id: '2025',
      label: 'Januari–Desember 2025',
      ruleSetVersion: '2025',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      planningOpensOn: '2025-01-01',
      planningClosesOn: '2025-01-31',
      executionOpensOn: '2025-02-01',
      executionClosesOn: '2025-11-12',
      assessmentOpensOn: '2025-11-13',
      assessmentClosesOn: '2025-12-31',
      sortOrder: 3,
    },
    {
      id: '2026',
      label: 'Januari–Desember 2026',
      ruleSetVersion: '2026',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      planningOpensOn: '2026-01-08',
      planningClosesOn: '2026-01-31',
      executionOpensOn: '2026-02-01',
      executionClosesOn: '2026-11-30',
      assessmentOpensOn: '2026-12-01',
      assessmentClosesOn: '2026-12-31',
      sortOrder: 4,
    },
  ];
}
