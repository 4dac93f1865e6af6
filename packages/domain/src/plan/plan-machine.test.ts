import { describe, expect, it } from 'vitest';
import { PARTICIPANT_ROLES } from '../common/transition';
import type { ApprovalMode } from '../supervisor/resolve-supervisor';
import {
  PLAN_ACTIONS,
  PLAN_STATES,
  PLAN_STATE_LABELS,
  isPlanBlocked,
  transitionPlan,
} from './plan-machine';

type Cell = string | { readonly [M in ApprovalMode]: string };

const R = 'ROLE_NOT_ALLOWED';
const X = 'INVALID_TRANSITION';
const LOCKED = 'PLAN_LOCKED_USE_RHK_CHANGE';
const NOT_APPROVED = 'RHK_CHANGE_PLAN_NOT_APPROVED';
const SNF = 'SUPERVISOR_NOT_FOUND';
const AUTO = 'PLAN_APPROVAL_AUTOMATIC';
const NONE: readonly Cell[] = [R, R, R, R, R];

// Submitting: definitive KS → waits; Plt / 2026 principal → approved; no supervisor → stays submitted (blocked) — domain.md §1.2, §3.3.
const SUBMIT: Cell = { manual: 'submitted', automatic: 'approved', blocked: 'submitted' };
const DECIDE = (next: string): Cell => ({ manual: next, automatic: AUTO, blocked: SNF });

/** Expected plan machine — domain.md §3.10. Columns: not_started, draft, submitted, returned, approved. */
const EXPECTED: Readonly<Record<string, readonly Cell[]>> = {
  'employee:start': ['draft', X, X, X, X],
  'employee:save_draft': [X, 'draft', X, 'draft', LOCKED],
  'employee:submit': [X, SUBMIT, X, SUBMIT, X],
  'employee:approve': NONE,
  'employee:return': NONE,
  'employee:resolve_supervisor': NONE,
  'employee:change_rhk': [NOT_APPROVED, NOT_APPROVED, NOT_APPROVED, NOT_APPROVED, 'approved'],
  'supervisor:start': NONE,
  'supervisor:save_draft': NONE,
  'supervisor:submit': NONE,
  'supervisor:approve': [X, X, DECIDE('approved'), X, X],
  'supervisor:return': [X, X, DECIDE('returned'), X, X],
  'supervisor:resolve_supervisor': NONE,
  'supervisor:change_rhk': NONE,
  'tim_kinerja:start': NONE,
  'tim_kinerja:save_draft': NONE,
  'tim_kinerja:submit': NONE,
  'tim_kinerja:approve': NONE,
  'tim_kinerja:return': NONE,
  'tim_kinerja:resolve_supervisor': NONE,
  'tim_kinerja:change_rhk': NONE,
  'system:start': NONE,
  'system:save_draft': NONE,
  'system:submit': NONE,
  'system:approve': NONE,
  'system:return': NONE,
  // Re-resolving after Dapodik is fixed — domain.md §3.3, §7 item 1.
  'system:resolve_supervisor': [
    X,
    X,
    { manual: 'submitted', automatic: 'approved', blocked: SNF },
    X,
    X,
  ],
  'system:change_rhk': NONE,
};

const MODES: readonly ApprovalMode[] = ['manual', 'automatic', 'blocked'];
const combinations = PLAN_STATES.flatMap((state, column) =>
  PARTICIPANT_ROLES.flatMap((role) =>
    PLAN_ACTIONS.flatMap((action) =>
      MODES.map((approval) => ({ state, column, role, action, approval })),
    ),
  ),
);

describe('plan state machine over every role × state × action × approval mode (domain.md §3.10)', () => {
  it('covers all 420 combinations', () => {
    expect(combinations).toHaveLength(5 * 4 * 7 * 3);
    expect(Object.keys(EXPECTED)).toHaveLength(PARTICIPANT_ROLES.length * PLAN_ACTIONS.length);
  });

  it.each(combinations)(
    '$role $action in $state ($approval)',
    ({ state, column, role, action, approval }) => {
      const cell = EXPECTED[`${role}:${action}`]?.[column];
      const expected = typeof cell === 'string' ? cell : cell?.[approval];
      const result = transitionPlan({ state, role, action, approval });
      expect(result.ok ? result.state : result.code).toBe(expected);
    },
  );

  it('names the action and state in an invalid-transition refusal', () => {
    expect(
      transitionPlan({ state: 'approved', role: 'employee', action: 'submit', approval: 'manual' }),
    ).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
      params: { action: 'submit', state: 'approved' },
    });
  });

  it.each([
    ['submitted', 'blocked', true],
    ['submitted', 'manual', false],
    ['draft', 'blocked', false],
  ] as const)('isPlanBlocked(%s, %s) = %s', (state, approval, expected) => {
    expect(isPlanBlocked({ state, approval })).toBe(expected);
  });

  it('labels submitted plans "Perlu disetujui" (domain.md §3.3)', () => {
    expect(PLAN_STATE_LABELS.submitted.id).toBe('Perlu disetujui');
  });
});
