import type { DinasPlanListResponse, PlanStatus, SchoolPlanListResponse } from '@kinerja/contract';
import {
  abilitiesFor,
  type Actor,
  type ApprovalMode,
  type Locale,
  type PolicySubject,
} from '@kinerja/domain';
import type { PrincipalPlanRow, SchoolPlanRow } from './plan-lists.repository.js';
import { withSchoolLevel } from './plan-supervision.js';
import { statusLabel } from './plan-text.js';

type Counts = SchoolPlanListResponse['counts'];

/** Plans per status, for the filter chips. */
export function countByStatus(statuses: readonly PlanStatus[]): Counts {
  const counts: Counts = { not_started: 0, draft: 0, submitted: 0, returned: 0, approved: 0 };
  for (const status of statuses) counts[status] += 1;
  return counts;
}

const ROW_ACTIONS = ['plan.view', 'plan.approve', 'plan.return'] as const;

function rowAbilities(actor: Actor, subject: PolicySubject, hasPlan: boolean) {
  const allowed = abilitiesFor({ actor, subject, actions: ROW_ACTIONS });
  return {
    canView: hasPlan && allowed['plan.view'],
    canApprove: hasPlan && allowed['plan.approve'],
    canReturn: hasPlan && allowed['plan.return'],
  };
}

/** The teachers of "Periksa" with their status and what the caller may do with each plan. */
export function presentSchoolPlans(options: {
  rows: readonly SchoolPlanRow[];
  actor: Actor;
  school: { id: string; jenjang: string; regencyCode: string };
  periodId: string;
  approval: ApprovalMode;
  locale: Locale;
}): SchoolPlanListResponse['plans'] {
  const { actor, school, periodId, approval, locale } = options;
  return options.rows.map((row) => {
    const status: PlanStatus = row.status ?? 'not_started';
    const subject: PolicySubject = {
      ownerId: row.employeeId,
      ownerKind: 'teacher',
      schoolId: school.id,
      ...withSchoolLevel(school.jenjang),
      regionCode: school.regencyCode,
      periodId,
      planState: status,
      approval,
    };
    return {
      employee: {
        id: row.employeeId,
        name: row.name,
        nip: row.nip,
        nuptk: row.nuptk,
        employmentStatus: row.employmentStatus,
      },
      planId: row.planId,
      status,
      statusLabel: statusLabel(status, locale),
      version: row.version,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt?.toISOString() ?? null,
      hasSupervisorExpectations: row.hasExpectations ?? false,
      abilities: rowAbilities(actor, subject, row.planId !== null),
    };
  });
}

/** Principals' plans for the Dinas or the pengawas; approval follows the domain resolution. */
export function presentPrincipalPlans(options: {
  rows: readonly PrincipalPlanRow[];
  actor: Actor;
  periodId: string;
  assessorId: string | null;
  pengawasOf: (schoolId: string) => readonly string[];
  approval: ApprovalMode;
  locale: Locale;
}): DinasPlanListResponse['plans'] {
  const { actor, periodId, locale } = options;
  return options.rows.map((row) => {
    const status: PlanStatus = row.status ?? 'not_started';
    const subject: PolicySubject = {
      ownerId: row.principalId ?? undefined,
      ownerKind: 'principal',
      schoolId: row.schoolId,
      ...withSchoolLevel(row.jenjang),
      regionCode: row.regencyCode,
      periodId,
      assessorId: options.assessorId,
      timKinerjaIds: options.pengawasOf(row.schoolId),
      planState: status,
      approval: options.approval,
    };
    return {
      school: { id: row.schoolId, name: row.schoolName, npsn: row.npsn, jenjang: row.jenjang },
      employee: row.principalId ? { id: row.principalId, name: row.principalName ?? '-' } : null,
      planId: row.planId,
      status,
      statusLabel: statusLabel(status, locale),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      abilities: rowAbilities(actor, subject, row.planId !== null),
    };
  });
}
