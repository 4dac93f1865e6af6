import type { BerakhlakValueCode } from '../catalogues/berakhlak';
import type { SchoolLevel } from '../catalogues/school-levels';
import type { PeriodVersion } from '../periods/period-versions';

/** Whose plan it is: a teacher (D1 practice) or a principal as employee (D3) — domain.md §3.8. */
export type EmployeeKind = 'teacher' | 'principal';

/** A tugas tambahan chosen in the plan, with the SK / Surat Tugas that backs it — domain.md §3.3. */
export type AdditionalDutyChoice = { readonly code: string; readonly skReference: string };

/** The behaviour picked for one BerAKHLAK value and the "Ekspektasi Khusus Pimpinan" — domain.md §3.3 note. */
export type WorkBehaviourChoice = {
  readonly behaviourCode: string | null;
  readonly supervisorExpectation: string;
};

/** What an employee fills in while planning; which fields count depends on the rule set. */
export type PlanDraft = {
  readonly periodVersion: PeriodVersion;
  readonly employeeKind: EmployeeKind;
  readonly schoolLevel: SchoolLevel;
  /** Pra-Perencanaan: personal data, Tim Kinerja and assessor confirmed (2026). */
  readonly isPersonalDataConfirmed: boolean;
  /** Tugas pokok carried out, and optionally one as main focus (2025+). */
  readonly mainDuties: { readonly dutyCodes: readonly string[]; readonly focusCode: string | null };
  readonly practiceIndicatorCode: string | null;
  /** 2024: RHKs with static points. */
  readonly competencyRhkCodes: readonly string[];
  /** 2025+: exactly one competency indicator. */
  readonly competencyIndicatorCode: string | null;
  readonly additionalDuties: readonly AdditionalDutyChoice[];
  readonly workBehaviour: Readonly<Partial<Record<BerakhlakValueCode, WorkBehaviourChoice>>>;
};

/** A blank draft, as created by "Mulai". */
export function emptyPlanDraft(options: {
  periodVersion: PeriodVersion;
  employeeKind: EmployeeKind;
  schoolLevel: SchoolLevel;
}): PlanDraft {
  return {
    ...options,
    isPersonalDataConfirmed: false,
    mainDuties: { dutyCodes: [], focusCode: null },
    practiceIndicatorCode: null,
    competencyRhkCodes: [],
    competencyIndicatorCode: null,
    additionalDuties: [],
    workBehaviour: {},
  };
}
