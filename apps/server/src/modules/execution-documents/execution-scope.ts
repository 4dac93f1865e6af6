import type { ExecutionGate } from '@kinerja/contract';
import {
  can,
  executionGate,
  executionWindow,
  messageFor,
  stageDeadline,
  type ExecutionWindow,
  type Locale,
  type PolicyAction,
  type StageDeadline,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { loadPlanScope, type PlanScope } from '../plan-context/plan-scope.js';
import { withoutState } from '../plans/plan-supervision.js';
import { executionError } from './execution-errors.js';

/** A plan loaded for Pelaksanaan: who may see it (checked), its window and its atasan. */
export type ExecutionScope = PlanScope & {
  window: ExecutionWindow | null;
  deadline: StageDeadline | null;
  /**
   * Who receives the documents and confirms the dokumen akuntabilitas: the school head (definitive
   * or Plt) of a teacher, the Dinas assessor of a principal — null when nobody is found (§1.2, §3.6).
   */
  supervisorId: string | null;
};

/** Loads a plan for Pelaksanaan (404/403 as for the plan itself); `forUpdate` locks the plan row. */
export async function loadExecutionScope(
  db: Db,
  options: { planId: string; personId: string; now: Date; forUpdate?: boolean },
): Promise<ExecutionScope> {
  const scope = await loadPlanScope(db, options);
  const { ruleSet, today, employee } = scope;
  const extensions = employee.extensions;
  const resolution = scope.resolution;
  const supervisorId =
    resolution.approval === 'blocked'
      ? null
      : scope.row.employeeKind === 'teacher'
        ? employee.headId
        : resolution.assessorId;
  return {
    ...scope,
    window: executionWindow({ ruleSet, today, extensions }),
    deadline: stageDeadline({ ruleSet, now: today, extensions, stage: 'execution' }) ?? null,
    supervisorId,
  };
}

/** Whether the actor may do a policy action on this plan by role and scope (state not considered). */
export function isAllowed(scope: ExecutionScope, action: PolicyAction): boolean {
  return can(scope.actor, action, withoutState(scope.subject)).allowed;
}

/** The actor is the employee of the plan, writing their own Pelaksanaan. */
export function isEmployee(scope: ExecutionScope, action: PolicyAction): boolean {
  return scope.actor.personId === scope.row.employeeId && isAllowed(scope, action);
}

/** The actor is the plan's atasan for documents (receives them, confirms accountability). */
export function isDocumentSupervisor(scope: ExecutionScope): boolean {
  return scope.actor.personId === scope.supervisorId && isAllowed(scope, 'plan.approve');
}

/** The domain gate of Pelaksanaan today: approved plan, inside the window (domain.md §2.4, §3.10). */
export function gateOf(scope: ExecutionScope) {
  return executionGate({ planState: scope.row.status, window: scope.window, today: scope.today });
}

/** The gate as the API shows it. */
export function presentGate(scope: ExecutionScope, locale: Locale): ExecutionGate {
  const gate = gateOf(scope);
  if (gate.ok) {
    if (scope.supervisorId === null) {
      return {
        isOpen: false,
        code: 'SUPERVISOR_NOT_FOUND',
        message: messageFor('SUPERVISOR_NOT_FOUND', locale),
      };
    }
    return { isOpen: true, code: null, message: null };
  }
  const error = executionError(gate, locale);
  return { isOpen: false, code: error.code, message: error.message };
}

/** 409 unless the plan is approved (every Pelaksanaan read and write needs it — domain.md §3.10). */
export function requireApproved(scope: ExecutionScope, locale: Locale): void {
  if (scope.row.status !== 'approved') throw executionError({ code: 'PLAN_NOT_APPROVED' }, locale);
}

/**
 * 403/409 unless Pelaksanaan can be written today: approved plan, inside the execution window (or
 * the person's extension) and an atasan known — without one, Pelaksanaan cannot start (§3.6).
 */
export function requireOpen(scope: ExecutionScope, locale: Locale): void {
  const gate = gateOf(scope);
  if (!gate.ok) throw executionError(gate, locale);
  if (scope.supervisorId === null) throw executionError({ code: 'SUPERVISOR_NOT_FOUND' }, locale);
}
