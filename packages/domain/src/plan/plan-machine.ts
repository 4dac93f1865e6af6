import { moveTo, refuse, type ParticipantRole, type Transition } from '../common/transition';
import type { LocalizedText } from '../i18n/locale';
import type { ApprovalMode } from '../supervisor/resolve-supervisor';

/** States of a plan — domain.md §3.10 (BELUM_MULAI → DRAF → DIAJUKAN → DISETUJUI, plus returned). */
export const PLAN_STATES = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;

/** A plan state. */
export type PlanState = (typeof PLAN_STATES)[number];

/** Actions on a plan. */
export const PLAN_ACTIONS = [
  'start',
  'save_draft',
  'submit',
  'approve',
  'return',
  'resolve_supervisor',
  'change_rhk',
] as const;

/** A plan action. */
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** Status labels; "Perlu disetujui" is the official one for submitted plans — domain.md §3.3. */
export const PLAN_STATE_LABELS: { readonly [S in PlanState]: LocalizedText } = {
  not_started: { id: 'Belum Dimulai', en: 'Not started' },
  draft: { id: 'Draf', en: 'Draft' },
  submitted: { id: 'Perlu disetujui', en: 'Awaiting approval' },
  returned: { id: 'Dikembalikan', en: 'Returned' },
  approved: { id: 'Disetujui', en: 'Approved' },
};

const ACTION_ROLES: { readonly [A in PlanAction]: readonly ParticipantRole[] } = {
  start: ['employee'],
  save_draft: ['employee'],
  submit: ['employee'],
  approve: ['supervisor'],
  return: ['supervisor'],
  resolve_supervisor: ['system'],
  change_rhk: ['employee'],
};

type Step = (state: PlanState, approval: ApprovalMode) => Transition<PlanState>;

const invalid = (action: PlanAction, state: PlanState): Transition<PlanState> =>
  refuse('INVALID_TRANSITION', { action, state });

// Who approves depends on the supervisor resolution: Plt / 2026 principal → automatic — domain.md §1.2.
function approvalRefusal(approval: ApprovalMode): Transition<PlanState> | null {
  if (approval === 'blocked') return refuse('SUPERVISOR_NOT_FOUND');
  return approval === 'automatic' ? refuse('PLAN_APPROVAL_AUTOMATIC') : null;
}

const STEPS: { readonly [A in PlanAction]: Step } = {
  start: (state) => (state === 'not_started' ? moveTo('draft') : invalid('start', state)),
  save_draft: (state) => {
    if (state === 'draft' || state === 'returned') return moveTo('draft');
    return state === 'approved'
      ? refuse('PLAN_LOCKED_USE_RHK_CHANGE')
      : invalid('save_draft', state);
  },
  // Blocked plans stay submitted until the supervisor data is fixed — domain.md §3.3.
  submit: (state, approval) => {
    if (state !== 'draft' && state !== 'returned') return invalid('submit', state);
    return moveTo(approval === 'automatic' ? 'approved' : 'submitted');
  },
  approve: (state, approval) => {
    if (state !== 'submitted') return invalid('approve', state);
    return approvalRefusal(approval) ?? moveTo('approved');
  },
  return: (state, approval) => {
    if (state !== 'submitted') return invalid('return', state);
    return approvalRefusal(approval) ?? moveTo('returned');
  },
  resolve_supervisor: (state, approval) => {
    if (state !== 'submitted') return invalid('resolve_supervisor', state);
    if (approval === 'blocked') return refuse('SUPERVISOR_NOT_FOUND');
    return moveTo(approval === 'automatic' ? 'approved' : 'submitted');
  },
  // An approved plan changes only through "Ubah Rencana Hasil Kerja" — domain.md §3.4.
  change_rhk: (state) =>
    state === 'approved' ? moveTo('approved') : refuse('RHK_CHANGE_PLAN_NOT_APPROVED'),
};

/** The plan state machine: role × state × action (× approval mode) → next state or a coded refusal. */
export function transitionPlan(options: {
  state: PlanState;
  role: ParticipantRole;
  action: PlanAction;
  approval: ApprovalMode;
}): Transition<PlanState> {
  if (!ACTION_ROLES[options.action].includes(options.role)) return refuse('ROLE_NOT_ALLOWED');
  return STEPS[options.action](options.state, options.approval);
}

/** Whether a plan is blocked: submitted with no resolvable supervisor — domain.md §3.3. */
export function isPlanBlocked(options: { state: PlanState; approval: ApprovalMode }): boolean {
  return options.state === 'submitted' && options.approval === 'blocked';
}
