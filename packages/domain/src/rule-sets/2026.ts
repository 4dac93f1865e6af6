import type { RuleSet } from './rule-set';
import { rulesAnnual } from './shared-annual';
import { stageWindow } from './stage-window';

const SCHEDULE = 'domain.md §2.4; SDNARJASA, PAKAGUS, KALTARA2026, SMK10';

/** Januari–Desember 2026 (Kepmendikdasmen 271/O/2025 [S]): planning by 31 Jan with lockout — domain.md §2.4, §3.7. */
export const ruleSet2026: RuleSet = {
  ...rulesAnnual,
  version: '2026',
  label: { id: 'Januari–Desember 2026', en: 'January–December 2026' },
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  regulation: 'Kepmendikdasmen No. 271/O/2025',
  sourceKeys: ['SEED1', 'UTAMAPOS-GURU', 'UTAMAPOS-KS', 'SDNARJASA', 'PAKAGUS', 'BABE2026'],
  // 2026 adds Pra-Perencanaan (data, Tim Kinerja and assessor confirmation) — domain.md §2.2, §3.7, §3.8.
  tabs: ['pre_planning', 'main_duties', 'practice', 'competency', 'work_behaviour', 'summary'],
  // Data diri, Tim Kinerja and assessor confirmed in Pra-Perencanaan [C] SEED1 — domain.md §3.2, §3.7.
  // Everyone plans within the window; no wait for the atasan — domain.md §2.4.
  planningStart: { principalOpensOn: null, waitsForSupervisorExecution: false },
  personalDataCheck: { isRequired: true, reportedOnTab: 'pre_planning', includesTeam: true },
  // "1 indikator perilaku dan ekspektasi khusus pimpinan" per aspect [C] SEED1 — domain.md §3.7.
  workBehaviour: { ...rulesAnnual.workBehaviour, isSupervisorExpectationRequired: true },
  // Principal plans are approved immediately after submission [S] UTAMAPOS-KS — domain.md §1.2.
  approval: { ...rulesAnnual.approval, principalEmployee: 'automatic_on_submission' },
  // Operators of school and Dinas plot the Tim Kinerja in Pra-Perencanaan [C] BABE2026 — domain.md §1.1, §2.2.
  timKinerja: { isPlotted: true },
  // The supervisor only confirms the documents (KSP, attendance) kept outside the system — domain.md §3.7.
  accountabilityDocuments: 'kept_outside_system',
  stages: [
    stageWindow({
      stage: 'pre_planning',
      start: '2025-12-29',
      end: '2026-01-07',
      source: SCHEDULE,
      isInferred: false,
    }),
    // 8–21 Jan submit, 22–31 Jan approve; hard deadline 31 Jan, then lockout — domain.md §2.4.
    stageWindow({
      stage: 'planning',
      start: '2026-01-08',
      end: '2026-01-31',
      source: SCHEDULE,
      isInferred: false,
      hasLockout: true,
    }),
    stageWindow({
      stage: 'execution',
      start: '2026-02-01',
      end: '2026-11-30',
      source: 'domain.md §2.4; UTAMAPOS-KS [S]',
      isInferred: true,
    }),
    stageWindow({
      stage: 'assessment',
      start: '2026-12-01',
      end: '2026-12-31',
      source: 'domain.md §2.4 ("end of year") [I]',
      isInferred: true,
    }),
  ],
};
