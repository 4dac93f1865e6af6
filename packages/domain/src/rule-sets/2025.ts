import type { RuleSet } from './rule-set';
import { rulesAnnual } from './shared-annual';
import { stageWindow } from './stage-window';

const INFERRED = 'domain.md §2.2 (stage order [C]); dates mirror 2026 [I]';

/** Januari–Desember 2025, the first annual cycle (Kepdirjen GTK 4242/2024) — domain.md §2.1. */
export const ruleSet2025: RuleSet = {
  ...rulesAnnual,
  version: '2025',
  label: { id: 'Januari–Desember 2025', en: 'January–December 2025' },
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  regulation: 'Kepdirjen GTK No. 4242/B.B1/HK.03.01/2024',
  sourceKeys: ['PANDUAN2025', 'AINAMULYANA-4242', 'HC-PREN25', 'HC-PLAK25', 'SEED0', 'SEED4'],
  // Tabs in order [C] HC-PREN25 — domain.md §3.5.
  tabs: ['main_duties', 'practice', 'competency', 'work_behaviour', 'summary'],
  // "Data sudah sesuai" before the first tab [C] SEED3 — domain.md §3.2.
  // Everyone plans within the window; no wait for the atasan — domain.md §2.4.
  planningStart: { principalOpensOn: null, waitsForSupervisorExecution: false },
  personalDataCheck: { isRequired: true, reportedOnTab: 'main_duties', includesTeam: false },
  stages: [
    stageWindow({
      stage: 'pre_planning',
      label: { id: 'Pemutakhiran Data', en: 'Data update' },
      start: '2025-01-01',
      end: '2025-01-07',
      source: INFERRED,
      isInferred: true,
    }),
    stageWindow({
      stage: 'planning',
      start: '2025-01-08',
      end: '2025-01-31',
      source: INFERRED,
      isInferred: true,
    }),
    stageWindow({
      stage: 'execution',
      start: '2025-02-01',
      end: '2025-11-12',
      source: INFERRED,
      isInferred: true,
    }),
    // Assessment formally started 13 Nov 2025 [C] KEMENDIKDASMEN-PR; its end is [I] — domain.md §2.4.
    stageWindow({
      stage: 'assessment',
      start: '2025-11-13',
      end: '2025-12-31',
      source: 'domain.md §2.4; KEMENDIKDASMEN-PR, DISWAY-PENILAIAN (end [I])',
      isInferred: true,
    }),
  ],
};
