import { BERAKHLAK_VALUE_CODES } from '../catalogues/berakhlak';
import type { RuleSet } from './rule-set';

/** Rules common to the annual cycle from 2025 (Kepdirjen GTK 4242/2024) — domain.md §3.5–3.7. */
export const rulesAnnual: Omit<
  RuleSet,
  | 'version'
  | 'label'
  | 'startDate'
  | 'endDate'
  | 'stages'
  | 'tabs'
  | 'regulation'
  | 'sourceKeys'
  | 'personalDataCheck'
  | 'planningStart'
> = {
  cycle: 'year',
  // "dapat memilih salah satu tugas pokok untuk dijadikan fokus utama" — optional [C] HC-PREN25.
  mainDuties: { isFocusRequired: false },
  practice: {
    catalogueIds: {
      teacher: 'practice-indicators-teacher',
      principal: 'practice-indicators-principal',
    },
  },
  // Exactly one competency indicator, no points [C] KABAJUOLAI, SEED1 — domain.md §3.5.
  competency: {
    mode: 'indicator',
    catalogueId: 'competency-indicators-2025',
    principalCatalogueId: 'competency-indicators-principal',
  },
  // Declared in the main-duties tab; the SK reference replaces the 2024 upload [I] — domain.md §3.5.
  additionalDuties: {
    tab: 'main_duties',
    catalogueId: 'additional-duties-2025',
    isSkReferenceRequired: true,
  },
  // One behaviour per value as in every e-Kinerja SKP [C] BERAKHLAK-CODE; expectation filled by the KS — domain.md §3.3 note.
  workBehaviour: {
    requiredValueCodes: BERAKHLAK_VALUE_CODES,
    minSelectedValues: BERAKHLAK_VALUE_CODES.length,
    isSupervisorExpectationRequired: false,
  },
  // No uploads: a reflection document and a main-duty checklist [C] SEED4 — domain.md §3.6.
  evidence: { mode: 'none', documents: ['competency_reflection', 'main_duties_checklist'] },
  approval: { isActingPrincipalAutoApproval: true, principalEmployee: 'assessor' },
  // The RHK-change feature is documented for 2024 only — domain.md §3.4.
  rhkChange: { isAllowed: false, categories: [], isDiscussionRequired: true },
  // Plotting the Tim Kinerja starts with the 2026 Pra-Perencanaan [C] BABE2026 — domain.md §2.2.
  timKinerja: { isPlotted: false },
  // The variables' roles are documented for the 2024 deck only — domain.md §3.9.
  assessment: { variables: 'not_specified' },
  // "bulanan or triwulanan" are generated and synced [C] HC-SINKPER, BLOGPEND-PERIODIK; which one is
  // the instance's "Tipe Periodik", not in the guides → quarterly as an editable default [I] — domain.md §5.5.
  periodicAssessment: {
    defaultPeriodicity: 'quarterly',
    isEditableDefault: true,
    source: 'domain.md §5.5; HC-SINKPER, BLOGPEND-PERIODIK (Tipe Periodik per instansi)',
  },
  evaluationDocuments: 'annual',
  // 2025: the employee may show proof to the supervisor in person — domain.md §3.5, §3.6.
  accountabilityDocuments: 'shown_in_person',
  closingSoonDays: 7,
};
