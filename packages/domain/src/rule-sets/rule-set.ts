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
  /** Whether operators plot a Tim Kinerja in this period (Pra-Perencanaan 2026) — domain.md §1.1, §2.2. */
  readonly timKinerja: { readonly isPlotted: boolean };
  /** Days before a stage closes from which it counts as "closing soon". */
  readonly closingSoonDays: number;
};
