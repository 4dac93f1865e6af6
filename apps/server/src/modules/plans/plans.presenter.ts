import type { Plan, StageDeadlineDto } from '@kinerja/contract';
import {
  catalogueVersionLabel,
  competencyPoints,
  messageFor,
  requireCatalogue,
  PLAN_TAB_LABELS,
  STAGE_LABELS,
  validatePlan,
  type Locale,
  type StageDeadline,
} from '@kinerja/domain';
import { planAbilities } from './plan-abilities.js';
import { presentPersonalData } from './plan-personal-data.js';
import { planningDeadline } from './plan-rules.js';
import { domainDraft, type PlanScope } from '../plan-context/plan-scope.js';
import { approvalLabel, isApprovalBasis, statusLabel } from './plan-text.js';

/** A stage deadline with its official label. */
export function presentDeadline(deadline: StageDeadline, locale: Locale): StageDeadlineDto {
  return { ...deadline, label: STAGE_LABELS[deadline.stage][locale] };
}

function personRef(id: string | null, name: string | null) {
  return id ? { id, name: name ?? '-' } : null;
}

/** Who approves, or why nobody can yet (domain.md §1.2, §3.3). */
export function presentSupervision(scope: PlanScope, locale: Locale): Plan['supervision'] {
  const resolution = scope.resolution;
  if (resolution.approval === 'blocked') {
    return {
      mode: 'blocked',
      basis: null,
      approver: null,
      assessor: null,
      message: messageFor('SUPERVISOR_NOT_FOUND', locale),
      hint: messageFor('SUPERVISOR_NOT_FOUND_HINT', locale),
    };
  }
  const { employee } = scope;
  const isTeacher = scope.row.employeeKind === 'teacher';
  const name = isTeacher ? employee.headName : employee.assessorName;
  let message: string | null = null;
  if (resolution.basis === 'acting_principal') {
    // The teacher still confirms Pelaksanaan with the Plt — domain.md §1.1, SEED3.
    message = `${messageFor('PLAN_APPROVAL_AUTOMATIC', locale)} Sekolah Anda dipimpin Plt Kepala Sekolah (${name ?? '-'}); hubungi beliau untuk mengonfirmasi Pelaksanaan Kinerja.`;
  } else if (resolution.basis === 'principal_on_submission') {
    message = messageFor('PLAN_APPROVAL_AUTOMATIC', locale);
  }
  return {
    mode: resolution.approval,
    basis: resolution.basis,
    approver: personRef(resolution.approverId, name),
    assessor: personRef(resolution.assessorId, name),
    message,
    hint: null,
  };
}

function presentApproval(scope: PlanScope): Plan['approval'] {
  const { row } = scope;
  if (row.status !== 'approved' || !row.approvedAt) return null;
  const basis = isApprovalBasis(row.approvalBasis) ? row.approvalBasis : null;
  return {
    approvedAt: row.approvedAt.toISOString(),
    approvedBy: personRef(row.approvedBy, row.approvedByName),
    isAutomatic: row.approvedBy === null,
    label: approvalLabel({ basis, approverName: row.approvedByName, approvedAt: row.approvedAt }),
  };
}

function presentExpectations(scope: PlanScope): Plan['supervisorExpectations'] {
  const result: Plan['supervisorExpectations'] = {};
  for (const [value, written] of Object.entries(scope.expectations)) {
    if (written.text !== '') {
      result[value as keyof typeof result] = { text: written.text, writtenAt: written.writtenAt };
    }
  }
  return result;
}

function presentTabs(scope: PlanScope, locale: Locale) {
  const draft = domainDraft(scope);
  const validation = validatePlan({
    draft,
    ruleSet: scope.ruleSet,
    catalogues: scope.catalogues,
    locale,
  });
  const tabs = validation.tabs.map((entry) => ({
    code: entry.tab,
    label: PLAN_TAB_LABELS[entry.tab][locale],
    problems: entry.problems.map(({ params: _params, ...problem }) => problem),
  }));
  return { tabs, isValid: validation.isValid };
}

// The running total of the 2024 RHK points, from the domain's own sum — domain.md §4.5.
function presentPoints(scope: PlanScope): Plan['competencyPoints'] {
  const rule = scope.ruleSet.competency;
  if (rule.mode !== 'points') return null;
  const catalogue = requireCatalogue(scope.catalogues.competencyRhks, rule.catalogueId);
  const total = competencyPoints({ rhkCodes: scope.content.competencyRhkCodes, catalogue });
  return { total, min: rule.minPoints, recommendedMax: rule.recommendedMaxPoints };
}

function presentIdentity(scope: PlanScope, locale: Locale) {
  const { row, employee } = scope;
  return {
    id: row.id,
    periodId: row.periodId,
    periodLabel: employee.periodLabel,
    ruleSetVersion: scope.ruleSet.version,
    catalogueVersionLabel: catalogueVersionLabel(scope.catalogueVersion, locale),
    employee: {
      id: employee.employeeId,
      name: employee.employeeName,
      nip: employee.nip,
      kind: row.employeeKind,
    },
    school: {
      id: employee.schoolId,
      name: employee.schoolName,
      npsn: employee.npsn,
      jenjang: employee.jenjang,
    },
  };
}

/** A plan → API shape, with abilities from the domain policies (architecture.md §2). */
export function presentPlan(scope: PlanScope, locale: Locale): Plan {
  const { row, employee } = scope;
  const deadline = planningDeadline({ ...scope, extensions: employee.extensions });
  const isPrincipal = row.employeeKind === 'principal';
  return {
    ...presentIdentity(scope, locale),
    status: row.status,
    statusLabel: statusLabel(row.status, locale),
    version: row.version,
    lastTab: (row.lastTab as Plan['lastTab']) ?? null,
    ...presentTabs(scope, locale),
    content: scope.content,
    competencyPoints: presentPoints(scope),
    supervisorExpectations: presentExpectations(scope),
    returnNote: row.returnNote,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    submissionCount: row.submissionCount,
    approval: presentApproval(scope),
    supervision: presentSupervision(scope, locale),
    planningDeadline: deadline ? presentDeadline(deadline, locale) : null,
    personalData: presentPersonalData({ employee, confirmedAt: row.personalDataConfirmedAt }),
    team: isPrincipal
      ? {
          isRequired: scope.isTeamRequired,
          confirmedAt: row.teamConfirmedAt?.toISOString() ?? null,
        }
      : null,
    abilities: planAbilities(scope, locale),
    updatedAt: row.updatedAt.toISOString(),
  };
}
