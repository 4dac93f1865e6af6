import { transitionAssessment, type AssessmentAction } from '../assessment/assessment';
import type { Transition } from '../common/transition';
import type { MessageCode } from '../errors/messages';
import { finalDocumentAction, transitionDocument } from '../execution/document-machine';
import { transitionPlan, type PlanAction } from '../plan/plan-machine';
import { ACTION_GRANTS } from './grants';
import type { Actor, PolicyAction, PolicyDecision, PolicySubject } from './policy-types';
import { checkScope } from './scopes';

const PLAN_STEPS: Partial<Record<PolicyAction, { action: PlanAction; isSupervisor: boolean }>> = {
  'plan.edit': { action: 'save_draft', isSupervisor: false },
  'plan.submit': { action: 'submit', isSupervisor: false },
  'plan.approve': { action: 'approve', isSupervisor: true },
  'plan.return': { action: 'return', isSupervisor: true },
  'plan.change_rhk': { action: 'change_rhk', isSupervisor: false },
};

const ASSESSMENT_STEPS: Partial<Record<PolicyAction, AssessmentAction>> = {
  'assessment.set': 'set_rating',
  'assessment.recommend': 'recommend',
  'assessment.finalize': 'finalize',
};

function planStep(action: PolicyAction, subject: PolicySubject): Transition<string> | null {
  const step = PLAN_STEPS[action];
  if (!step || !subject.planState) return null;
  const planAction =
    step.action === 'save_draft' && subject.planState === 'not_started' ? 'start' : step.action;
  const role = step.isSupervisor ? 'supervisor' : 'employee';
  return transitionPlan({
    state: subject.planState,
    role,
    action: planAction,
    approval: subject.approval ?? 'manual',
  });
}

function documentStep(action: PolicyAction, subject: PolicySubject): Transition<string> | null {
  const { documentKind: kind, documentState: state } = subject;
  if ((action !== 'evidence.upload' && action !== 'evidence.collect') || !kind || !state)
    return null;
  const documentAction = action === 'evidence.upload' ? 'save_draft' : finalDocumentAction(kind);
  return transitionDocument({ kind, state, role: 'employee', action: documentAction });
}

function assessmentStep(action: PolicyAction, subject: PolicySubject): Transition<string> | null {
  const step = ASSESSMENT_STEPS[action];
  if (!step || !subject.assessmentState) return null;
  const role = step === 'recommend' ? 'tim_kinerja' : 'supervisor';
  return transitionAssessment({ state: subject.assessmentState, role, action: step });
}

// When the subject carries its state, the state machines decide too, so abilities match the buttons.
function stateDecision(action: PolicyAction, subject: PolicySubject): PolicyDecision {
  const step =
    planStep(action, subject) ?? documentStep(action, subject) ?? assessmentStep(action, subject);
  return !step || step.ok ? { allowed: true } : { allowed: false, reason: step.code };
}

/** Whether an actor may do an action on a subject: `{ allowed: true }` or a reason code. */
export function can(
  actor: Actor,
  action: PolicyAction,
  subject: PolicySubject = {},
): PolicyDecision {
  const grants = ACTION_GRANTS[action];
  let reason: MessageCode | null = null;
  for (const grant of actor.roles) {
    const scope = grants[grant.role];
    if (!scope) continue;
    const refusal = checkScope({ scope, actor, grant, subject });
    if (refusal === null) return stateDecision(action, subject);
    reason ??= refusal;
  }
  return { allowed: false, reason: reason ?? 'ROLE_NOT_ALLOWED' };
}

/** Booleans for the presenter's `abilities`, one per requested action. */
export function abilitiesFor<A extends PolicyAction>(options: {
  actor: Actor;
  subject: PolicySubject;
  actions: readonly A[];
}): Record<A, boolean> {
  const entries = options.actions.map((action) => [
    action,
    can(options.actor, action, options.subject).allowed,
  ]);
  return Object.fromEntries(entries) as Record<A, boolean>;
}
