import type { AdditionalDuty } from '../catalogues/additional-duty';
import type { Catalogue } from '../catalogues/catalogue';
import type { CompetencyGroup } from '../catalogues/competency-indicators-2025';
import type { MainDuty } from '../catalogues/main-duties';
import type { PracticeIndicator } from '../catalogues/practice-indicators-teacher';
import { requireCatalogue, type CatalogueSet } from '../catalogues/registry';
import type { SchoolLevel } from '../catalogues/school-levels';
import type { RuleSet } from '../rule-sets/rule-set';
import type { EmployeeKind } from './plan-draft';

/** How a principal's year differs from a teacher's, as data — domain.md §1.1, §2.3, §3.8. */
export type EmployeeProfile = {
  /** Whom the plan is discussed with: the teacher's KS; the principal's pengawas (Tim Kinerja). */
  readonly counterpart: 'principal' | 'pengawas';
  /** What the Siklus observes: a lesson (observasi kelas) or the leadership practice (D3). */
  readonly observation: 'classroom' | 'leadership';
  /** A Modul Ajar belongs to a lesson, so only a teacher attaches one (§3.6 [S] TXRXNOVI). */
  readonly isModulAjarOffered: boolean;
  /** Whether tugas tambahan are chosen at all. */
  readonly hasAdditionalDuties: boolean;
};

// The principal: pengawas as observer and Tim Kinerja (§1.1, §2.3 "KS + Pengawas for KS"), the
// observation is of the leadership practice of Rapor Pendidikan D3 (§3.8, §4.2). The tugas
// tambahan of §4.4 are duties a teacher takes on beside teaching; the principal's workload is
// "sepenuhnya" the managerial, entrepreneurial and supervisory tugas pokok (Permendikbud 15/2018,
// the basis of §4.4) — so the principal picks none [I].
const PROFILES: { readonly [K in EmployeeKind]: EmployeeProfile } = {
  teacher: {
    counterpart: 'principal',
    observation: 'classroom',
    isModulAjarOffered: true,
    hasAdditionalDuties: true,
  },
  principal: {
    counterpart: 'pengawas',
    observation: 'leadership',
    isModulAjarOffered: false,
    hasAdditionalDuties: false,
  },
};

/** The profile of a teacher's or a principal's year — the one place their difference is decided. */
export function employeeProfile(kind: EmployeeKind): EmployeeProfile {
  return PROFILES[kind];
}

/** The tugas pokok catalogue of the employee: the teacher's 5M or the principal's — §3.5, §3.8. */
export function mainDutiesFor(catalogues: CatalogueSet, kind: EmployeeKind): Catalogue<MainDuty> {
  return kind === 'principal' ? catalogues.principalMainDuties : catalogues.mainDuties;
}

/** The Praktik Kinerja catalogue of the employee (D1 teacher, D3 principal) — §4.1, §4.2. */
export function practiceIndicatorsFor(
  ruleSet: RuleSet,
  catalogues: CatalogueSet,
  kind: EmployeeKind,
): Catalogue<PracticeIndicator> {
  return requireCatalogue(catalogues.practiceIndicators, ruleSet.practice.catalogueIds[kind]);
}

/**
 * The indicators one may choose: an indicator whose name the sources do not give (the principal's
 * item 2, §4.2 "not found") stays in the catalogue as a gap to fill but is never offered — §8.1.
 */
export function offeredPracticeIndicators(
  catalogue: Catalogue<PracticeIndicator>,
): readonly PracticeIndicator[] {
  return catalogue.items.filter((item) => !item.name.isGap);
}

/** The tugas tambahan the employee may choose at this school level — §3.3, §4.4. */
export function additionalDutyOptions(options: {
  ruleSet: RuleSet;
  catalogues: CatalogueSet;
  kind: EmployeeKind;
  schoolLevel: SchoolLevel;
}): readonly AdditionalDuty[] {
  if (!employeeProfile(options.kind).hasAdditionalDuties) return [];
  const id = options.ruleSet.additionalDuties.catalogueId;
  return requireCatalogue(options.catalogues.additionalDuties, id).items.filter((duty) =>
    duty.schoolLevels.includes(options.schoolLevel),
  );
}

/**
 * The 2025+ competency-indicator catalogue of the employee: the teacher's Model Kompetensi Guru,
 * the principal's own (a gap until the Admin fills it, never the teacher's) — §3.8, §4.5, §8.1.
 * Null when the rule set plans competency by points (2024).
 */
export function competencyIndicatorsFor(
  ruleSet: RuleSet,
  catalogues: CatalogueSet,
  kind: EmployeeKind,
): Catalogue<CompetencyGroup> | null {
  const rule = ruleSet.competency;
  if (rule.mode !== 'indicator') return null;
  const id = kind === 'principal' ? rule.principalCatalogueId : rule.catalogueId;
  return requireCatalogue(catalogues.competencyIndicators, id);
}
