import type { SchoolLevel } from '../catalogues/school-levels';
import type { AssessmentState } from '../assessment/assessment';
import type { MessageCode } from '../errors/messages';
import type { DocumentState } from '../execution/document-machine';
import type { EmployeeKind } from '../plan/plan-draft';
import type { PlanState } from '../plan/plan-machine';
import type { RoleCode } from '../roles/roles';
import type { DocumentKind } from '../rule-sets/rule-set';
import type { ApprovalMode } from '../supervisor/resolve-supervisor';
import type { DinasLevel } from './jurisdiction';

/** One hat of a person, scoped to a school, a Dinas/region and optionally a period. */
export type RoleGrant = {
  readonly role: RoleCode;
  readonly schoolId?: string;
  readonly dinasId?: string;
  /** Province or kabupaten/kota code; a province code covers its kabupaten/kota. */
  readonly regionCode?: string;
  /** The level of the Dinas of a `dinas_official`: it decides which school levels it governs (§1.1). */
  readonly dinasLevel?: DinasLevel;
  /** The period a principal leads the school in; required for `principal_supervisor`. */
  readonly periodId?: string;
};

/** The signed-in person with all their role grants. */
export type Actor = { readonly personId: string; readonly roles: readonly RoleGrant[] };

/** Every action the product authorizes. */
export const POLICY_ACTIONS = [
  'plan.view',
  'plan.edit',
  'plan.submit',
  'plan.approve',
  'plan.return',
  'plan.change_rhk',
  'plan.extend_deadline',
  'evidence.upload',
  'evidence.collect',
  'evidence.view',
  'practice.record',
  'observation.record',
  'assessment.set',
  'assessment.recommend',
  'assessment.finalize',
  'assessment.view',
  'personal_data.edit',
  'roster.import',
  'password.reset',
  'tim_kinerja.assign',
  'period.switch',
  'export.school',
  'export.region',
  'e_kinerja.sync',
  'distribution.view',
  'catalogue.edit',
  'storage.view',
  'period.manage',
  'rule_set.view',
] as const;

/** An authorized action. */
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

/** What an action is about: whose record, where, when, and (optionally) its current state. */
export type PolicySubject = {
  readonly ownerId?: string;
  readonly ownerKind?: EmployeeKind;
  readonly schoolId?: string;
  readonly regionCode?: string;
  /** The level (jenjang) of the subject's school; required whenever `schoolId` is set (§1.1). */
  readonly schoolLevel?: SchoolLevel;
  /** When the subject is a Dinas office's whole area (its list, ZIP, dashboard): that Dinas' level. */
  readonly dinasLevel?: DinasLevel;
  readonly periodId?: string;
  readonly assessorId?: string | null;
  readonly timKinerjaIds?: readonly string[];
  readonly planState?: PlanState;
  readonly approval?: ApprovalMode;
  readonly documentKind?: DocumentKind;
  readonly documentState?: DocumentState;
  readonly assessmentState?: AssessmentState;
};

/** Allowed, or refused with a stable reason code. */
export type PolicyDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: MessageCode };
