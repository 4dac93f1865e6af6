import { messageFor } from '../errors/messages';
import type { Locale } from '../i18n/locale';
import type { EmployeeKind } from '../plan/plan-draft';
import type { RuleSet } from '../rule-sets/rule-set';

/** How a submitted plan gets approved: by a person, automatically, or not at all (blocked). */
export type ApprovalMode = 'manual' | 'automatic' | 'blocked';

/** The school's leadership as known from Dapodik — domain.md §6.2. */
export type SchoolLeadership = {
  readonly definitivePrincipalId: string | null;
  readonly actingPrincipalId: string | null;
};

/** The Dinas side of a principal-as-employee: the assessor and the pengawas of the Tim Kinerja. */
export type DinasAssignment = {
  readonly assessorId: string | null;
  readonly pengawasIds: readonly string[];
};

/** Who approves and who assesses an employee's plan. */
export type SupervisorResolution =
  | {
      readonly approval: 'manual';
      readonly basis: 'definitive_principal' | 'dinas_assessor';
      readonly approverId: string;
      readonly assessorId: string;
      readonly timKinerjaIds: readonly string[];
    }
  | {
      readonly approval: 'automatic';
      readonly basis: 'acting_principal' | 'principal_on_submission';
      readonly approverId: null;
      readonly assessorId: string;
      readonly timKinerjaIds: readonly string[];
    }
  | {
      readonly approval: 'blocked';
      readonly code: 'SUPERVISOR_NOT_FOUND';
      readonly message: string;
      readonly hint: string;
    };

type ResolveOptions = {
  ruleSet: RuleSet;
  employeeKind: EmployeeKind;
  school: SchoolLeadership;
  dinas?: DinasAssignment;
  timKinerjaIds?: readonly string[];
  locale?: Locale;
};

function blocked(locale: Locale | undefined): SupervisorResolution {
  return {
    approval: 'blocked',
    code: 'SUPERVISOR_NOT_FOUND',
    message: messageFor('SUPERVISOR_NOT_FOUND', locale),
    hint: messageFor('SUPERVISOR_NOT_FOUND_HINT', locale),
  };
}

// Definitive KS approves; Plt only → automatic; neither → blocked [C] SEED3, HC-PLAK25 — domain.md §1.2.
function resolveForTeacher(options: ResolveOptions): SupervisorResolution {
  const { definitivePrincipalId, actingPrincipalId } = options.school;
  const timKinerjaIds = options.timKinerjaIds ?? [];
  if (definitivePrincipalId) {
    const approverId = definitivePrincipalId;
    return {
      approval: 'manual',
      basis: 'definitive_principal',
      approverId,
      assessorId: approverId,
      timKinerjaIds,
    };
  }
  if (actingPrincipalId && options.ruleSet.approval.isActingPrincipalAutoApproval) {
    // The teacher still confirms Pelaksanaan with the Plt, who assesses — domain.md §1.1.
    const assessorId = actingPrincipalId;
    return {
      approval: 'automatic',
      basis: 'acting_principal',
      approverId: null,
      assessorId,
      timKinerjaIds,
    };
  }
  return blocked(options.locale);
}

// KS-as-pegawai: the Dinas assessor, pengawas as Tim Kinerja; 2026 auto on submission — domain.md §1.2, §3.8.
function resolveForPrincipal(options: ResolveOptions): SupervisorResolution {
  const assessorId = options.dinas?.assessorId;
  if (!assessorId) return blocked(options.locale);
  const timKinerjaIds = options.dinas?.pengawasIds ?? [];
  if (options.ruleSet.approval.principalEmployee === 'automatic_on_submission') {
    return {
      approval: 'automatic',
      basis: 'principal_on_submission',
      approverId: null,
      assessorId,
      timKinerjaIds,
    };
  }
  return {
    approval: 'manual',
    basis: 'dinas_assessor',
    approverId: assessorId,
    assessorId,
    timKinerjaIds,
  };
}

/** Resolves who approves and assesses an employee's plan in a period. */
export function resolveSupervisor(options: ResolveOptions): SupervisorResolution {
  return options.employeeKind === 'teacher'
    ? resolveForTeacher(options)
    : resolveForPrincipal(options);
}
