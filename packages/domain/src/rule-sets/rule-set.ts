import type { CatalogueId } from '../catalogues/catalogue';
import type { BerakhlakValueCode } from '../catalogues/berakhlak';
import type { IsoDate } from '../common/dates';
import type { LocalizedText } from '../i18n/locale';
import type { PeriodVersion } from '../periods/period-versions';
import type { PlanTab, Stage } from '../periods/stages';

/** The dates of one stage of a period. */
export type StageWindow = {
  readonly stage: Stage;
  readonly label: LocalizedText;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** True when the dates are our inferred defaults [I] that an administrator should confirm. */
  readonly isEditableDefault: boolean;
  /** After `end`, employees without a per-person extension are locked out (2026 planning). */
  readonly hasLockout: boolean;
  readonly source: string;
};

/** Kinds of execution documents — domain.md §3.4, §3.6. */
export const DOCUMENT_KINDS = [
  'competency_evidence',
  'additional_duty_evidence',
  'competency_reflection',
  'main_duties_checklist',
] as const;

/** A kind of execution document. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** How competency development is planned: points (2024) or one indicator (2025+). */
export type CompetencyRule =
  | {
      readonly mode: 'points';
      readonly catalogueId: CatalogueId;
      readonly minPoints: number;
      readonly recommendedMaxPoints: number;
      /** Upper bound of the times one activity may be planned in a semester. */
      readonly maxCountPerActivity: number;
    }
  | {
      readonly mode: 'indicator';
      /** The teacher's Model Kompetensi Guru. */
      readonly catalogueId: CatalogueId;
      /** The principal's own catalogue (chosen by `competencyIndicatorsFor`) — §3.8, §4.5. */
      readonly principalCatalogueId: CatalogueId;
    };

/** Evidence in execution: PDF uploads (2024) or written documents only (2025+). */
export type EvidenceRule =
  | {
      readonly mode: 'upload';
      readonly allowedMimeTypes: readonly string[];
      readonly maxBytes: number;
      readonly certificateIssuedOnOrAfter: IsoDate;
      readonly isCertificateReuseAllowed: boolean;
      readonly documents: readonly DocumentKind[];
    }
  | { readonly mode: 'none'; readonly documents: readonly DocumentKind[] };

/** How often periodic assessments are generated for e-Kinerja ("Tipe Periodik") — domain.md §5.5. */
export type Periodicity = 'none' | 'monthly' | 'quarterly';

/** Sections of an approved plan an employee may change — domain.md §3.4. */
export type RhkChangeCategory = 'competency' | 'additional_duties';

/** Everything that differs between period versions, as data — domain.md §8 item 1. */
export type RuleSet = {
  readonly version: PeriodVersion;
  readonly label: LocalizedText;
  readonly cycle: 'semester' | 'year';
  readonly startDate: IsoDate;
  readonly endDate: IsoDate;
  readonly regulation: string;
  readonly sourceKeys: readonly string[];
  readonly stages: readonly StageWindow[];
  readonly tabs: readonly PlanTab[];
  readonly mainDuties: { readonly isFocusRequired: boolean };
  readonly practice: {
    readonly catalogueIds: { readonly teacher: CatalogueId; readonly principal: CatalogueId };
  };
  readonly competency: CompetencyRule;
  readonly additionalDuties: {
    readonly tab: PlanTab;
    readonly catalogueId: CatalogueId;
    readonly isSkReferenceRequired: boolean;
  };
  readonly workBehaviour: {
    readonly requiredValueCodes: readonly BerakhlakValueCode[];
    readonly minSelectedValues: number;
    readonly isSupervisorExpectationRequired: boolean;
  };
  readonly evidence: EvidenceRule;
  readonly approval: {
    readonly isActingPrincipalAutoApproval: boolean;
    readonly principalEmployee: 'assessor' | 'automatic_on_submission';
  };
  readonly rhkChange: {
    readonly isAllowed: boolean;
    readonly categories: readonly RhkChangeCategory[];
    readonly isDiscussionRequired: boolean;
  };
  /** Who may start planning when, beyond the stage windows — domain.md §1.1, §2.4. */
  readonly planningStart: {
    /** A principal's own plan opens on this date (2024-S1: 15 January); null: with the window. */
    readonly principalOpensOn: IsoDate | null;
    /** Teachers start only once their atasan has started Pelaksanaan of the period (2024-S2). */
    readonly waitsForSupervisorExecution: boolean;
  };
  /**
   * "Data sudah sesuai" before planning is submitted (domain.md §3.2): whether the server requires
   * it, the tab that reports it when missing, and whether the check also covers Tim Kinerja and the
   * assessor (2026 Pra-Perencanaan).
   */
  readonly personalDataCheck: {
    readonly isRequired: boolean;
    readonly reportedOnTab: PlanTab;
    readonly includesTeam: boolean;
  };
  /** Whether operators plot a Tim Kinerja in this period (Pra-Perencanaan 2026) — domain.md §1.1, §2.2. */
  readonly timKinerja: { readonly isPlotted: boolean };
  /** Which variables feed Penetapan Predikat Kinerja: the 2024 deck's, or none named (§3.9). */
  readonly assessment: { readonly variables: 'deck_2024' | 'not_specified' };
  /**
   * Periodic (monthly/quarterly) assessments e-Kinerja expects: generated from each final evaluation
   * document. The guides leave "Tipe Periodik" to each instance, so this is only a default an
   * administrator may change per period (`isEditableDefault`) — domain.md §5.5, §8.1.
   */
  readonly periodicAssessment: {
    readonly defaultPeriodicity: Periodicity;
    readonly isEditableDefault: boolean;
    readonly source: string;
  };
  /** Which evaluation documents the period sets: one annual, or per semester — domain.md §5.5, §5.6. */
  readonly evaluationDocuments: 'annual' | 'first_semester' | 'second_semester_and_year';
  /**
   * Accountability documents of the main duties: shown to the supervisor in person (2025), or kept
   * outside the system with the supervisor confirming availability (2026) — domain.md §3.5–3.7.
   */
  readonly accountabilityDocuments: 'shown_in_person' | 'kept_outside_system';
  /** Days before a stage closes from which it counts as "closing soon". */
  readonly closingSoonDays: number;
};
