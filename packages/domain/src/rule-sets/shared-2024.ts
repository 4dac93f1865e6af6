import { PDF_UPLOAD_MAX_BYTES } from '../execution/upload-limits';
import type { RuleSet } from './rule-set';

/** Rules common to both 2024 semesters (Perdirjen GTK 7607/2023) — domain.md §3.3–3.4. */
export const rules2024: Omit<
  RuleSet,
  'version' | 'label' | 'startDate' | 'endDate' | 'stages' | 'planningStart'
> = {
  cycle: 'semester',
  regulation: 'Perdirjen GTK No. 7607/B.B1/HK.03/2023',
  sourceKeys: ['PERDIRJEN-SCRIBD', 'SEED2', 'SEED3', 'SEED4', 'MASBABAL', 'HC-POIN24', 'HC-TT24'],
  // Tabs in order [C] MASBABAL, CARIVIRAL, AURELIA, SEED3 — domain.md §3.3.
  tabs: ['practice', 'competency', 'additional_duties', 'work_behaviour', 'summary'],
  mainDuties: { isFocusRequired: false },
  practice: {
    catalogueIds: {
      teacher: 'practice-indicators-teacher',
      principal: 'practice-indicators-principal',
    },
  },
  // ≥ 32 points, 32–128 recommended per semester [C] HC-POIN24 — domain.md §3.3. Points are per
  // activity, so an activity repeats (§4.5); the guides set no cap [I]: 16 × 8 poin = the 128 maximum.
  competency: {
    mode: 'points',
    catalogueId: 'competency-rhk-2024',
    minPoints: 32,
    recommendedMaxPoints: 128,
    maxCountPerActivity: 16,
  },
  // Optional, several allowed, backed by an SK that is uploaded later as evidence — domain.md §3.3, §3.4.
  additionalDuties: {
    tab: 'additional_duties',
    catalogueId: 'additional-duties-2024',
    isSkReferenceRequired: false,
  },
  // Cardinality in 2024 not found [I]: at least one value to improve — domain.md §3.3 note.
  workBehaviour: {
    requiredValueCodes: [],
    minSelectedValues: 1,
    isSupervisorExpectationRequired: false,
  },
  // PDF only, ≤ 10 MB, certificates from 1 Jan 2023 not used before [C] SEED4 — domain.md §3.4.
  evidence: {
    mode: 'upload',
    allowedMimeTypes: ['application/pdf'],
    maxBytes: PDF_UPLOAD_MAX_BYTES,
    certificateIssuedOnOrAfter: '2023-01-01',
    isCertificateReuseAllowed: false,
    documents: ['competency_evidence', 'additional_duty_evidence'],
  },
  // Principal-as-employee approval in 2024 not found [I]: the Dinas assessor approves — domain.md §1.2.
  approval: { isActingPrincipalAutoApproval: true, principalEmployee: 'assessor' },
  // Only competency and additional-duty RHKs, after "Sudah diskusi" [C] SEED4 — domain.md §3.4.
  rhkChange: {
    isAllowed: true,
    categories: ['competency', 'additional_duties'],
    isDiscussionRequired: true,
  },
  // "Data sudah sesuai" is the first screen of Perencanaan in every version [C] SEED3 — domain.md §3.2.
  personalDataCheck: { isRequired: true, reportedOnTab: 'practice', includesTeam: false },
  // No Tim Kinerja plotting before the 2026 Pra-Perencanaan [C] BABE2026 — domain.md §2.2.
  timKinerja: { isPlotted: false },
  // Praktik Kinerja and Perilaku Kerja assessed, Pengembangan Kompetensi weighed, Dokumen
  // Akuntabilitas collected but not assessed [C] FLIP-VAR — domain.md §3.9.
  assessment: { variables: 'deck_2024' },
  // 2024 has Semester I/II (and Akhir) documents; periodic sub-assessments are not described for
  // PMM 2024 [C] DOKEV — none by default, an administrator may switch them on — domain.md §5.5.
  periodicAssessment: {
    defaultPeriodicity: 'none',
    isEditableDefault: true,
    source: 'domain.md §5.5 (2024: semester documents only)',
  },
  // Each semester has its own dokumen evaluasi; 2024-S2 adds the year's "akhir" — domain.md §5.5, §5.6.
  evaluationDocuments: 'first_semester',
  accountabilityDocuments: 'shown_in_person',
  closingSoonDays: 7,
};
