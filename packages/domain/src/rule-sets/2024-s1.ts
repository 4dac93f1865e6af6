import type { RuleSet } from './rule-set';
import { rules2024 } from './shared-2024';
import { stageWindow } from './stage-window';

const MONTHS = 'domain.md §2.4; PORTALSULUT, AKBAR, MASBABAL';

/** Semester 1 2024: 1 Jan–30 Jun 2024, plans by 31 Jan 2024 — domain.md §2.1, §2.4. */
export const ruleSet2024S1: RuleSet = {
  ...rules2024,
  version: '2024-S1',
  label: { id: 'Semester 1 2024 (Januari–Juni)', en: 'Semester 1 2024 (January–June)' },
  startDate: '2024-01-01',
  endDate: '2024-06-30',
  // Kepala Sekolah as pegawai started on 15 Jan 2024 [C] SCRIBD-KS, MASBABAL, UTAMAPOS-KS — domain.md §1.1.
  planningStart: { principalOpensOn: '2024-01-15', waitsForSupervisorExecution: false },
  stages: [
    // RHK deadline 31 Jan 2024 is "dianjurkan": late plans are not locked out — domain.md §2.4.
    stageWindow({
      stage: 'planning',
      start: '2024-01-01',
      end: '2024-01-31',
      source: MONTHS,
      isInferred: false,
    }),
    stageWindow({
      stage: 'execution',
      start: '2024-02-01',
      end: '2024-05-31',
      source: MONTHS,
      isInferred: false,
    }),
    stageWindow({
      stage: 'assessment',
      start: '2024-06-01',
      end: '2024-06-30',
      source: MONTHS,
      isInferred: false,
    }),
  ],
};
