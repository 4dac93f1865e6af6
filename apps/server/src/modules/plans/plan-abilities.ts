import type { PlanAbilities } from '@kinerja/contract';
import { abilitiesFor, editablePersonalDataFields, type Locale } from '@kinerja/domain';
import { hasEditedPersonalData } from './plan-personal-data.js';
import { planningGate } from './plan-rules.js';
import type { PlanScope } from '../plan-context/plan-scope.js';

const ACTIONS = [
  'plan.view',
  'plan.edit',
  'plan.submit',
  'plan.approve',
  'plan.return',
  'personal_data.edit',
] as const;

/**
 * The buttons the SPA may show: the domain policies with the plan's state and approval mode,
 * plus the planning window and lockout (domain.md §2.4) for the employee's own actions.
 */
export function planAbilities(scope: PlanScope, locale: Locale): PlanAbilities {
  const allowed = abilitiesFor({ actor: scope.actor, subject: scope.subject, actions: ACTIONS });
  const isOpen = (action: 'edit' | 'submit') =>
    planningGate({
      ruleSet: scope.ruleSet,
      today: scope.today,
      employee: scope.employee,
      employeeKind: scope.row.employeeKind,
      action,
      locale,
    }) === null;
  const canEdit = allowed['plan.edit'] && isOpen('edit');
  const editableFields = editablePersonalDataFields({
    status: scope.employee.employmentStatus,
    hasEditedBefore: hasEditedPersonalData(scope.employee),
  });
  return {
    canEdit,
    canSubmit: allowed['plan.submit'] && isOpen('submit'),
    canApprove: allowed['plan.approve'],
    canReturn: allowed['plan.return'],
    canWriteExpectations: allowed['plan.approve'],
    canDownloadPdf: allowed['plan.view'],
    canViewHistory: allowed['plan.view'],
    canConfirmPersonalData: canEdit && scope.row.personalDataConfirmedAt === null,
    canEditPersonalData: canEdit && allowed['personal_data.edit'] && editableFields.length > 0,
    canConfirmTeam:
      canEdit &&
      scope.isTeamRequired &&
      scope.row.teamConfirmedAt === null &&
      scope.resolution.approval !== 'blocked',
  };
}
