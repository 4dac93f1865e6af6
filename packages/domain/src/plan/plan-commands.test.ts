import { describe, expect, it } from 'vitest';
import type { ParticipantRole } from '../common/transition';
import type { PeriodVersion } from '../periods/period-versions';
import { ruleSetFor } from '../rule-sets/registry';
import type { ApprovalMode } from '../supervisor/resolve-supervisor';
import { exampleValidDraft, testCatalogues } from '../testing/example-plans';
import {
  applyPlanCommand,
  newPlanRecord,
  type PlanCommand,
  type PlanCommandContext,
  type PlanRecord,
} from './plan-commands';
import type { PlanState } from './plan-machine';

const context = (
  version: PeriodVersion,
  overrides: Partial<PlanCommandContext> = {},
): PlanCommandContext => ({
  ruleSet: ruleSetFor(version),
  approval: 'manual',
  today: ruleSetFor(version).stages.find((s) => s.stage === 'planning')!.start,
  catalogues: testCatalogues,
  ...overrides,
});

const planIn = (version: PeriodVersion, state: PlanState): PlanRecord => ({
  ...newPlanRecord(exampleValidDraft({ periodVersion: version })),
  state,
});

function run(options: {
  plan: PlanRecord;
  steps: Array<[ParticipantRole, PlanCommand]>;
  context: PlanCommandContext;
}) {
  let plan = options.plan;
  for (const [role, command] of options.steps) {
    const result = applyPlanCommand({ plan, command, role, context: options.context });
    if (!result.ok) return result;
    plan = result.plan;
  }
  return { ok: true as const, plan };
}

describe('applyPlanCommand: planning flows (domain.md §3.3, §3.10)', () => {
  it.each<[string, PeriodVersion, ApprovalMode, PlanState]>([
    ['definitive principal → waits for approval', '2024-S1', 'manual', 'submitted'],
    ['Plt only → approved by the system', '2025', 'automatic', 'approved'],
    ['no supervisor → submitted and blocked', '2026', 'blocked', 'submitted'],
  ])('%s (%s)', (_name, version, approval, expected) => {
    const plan = newPlanRecord(exampleValidDraft({ periodVersion: version }));
    const result = run({
      plan,
      context: context(version, { approval }),
      steps: [
        ['employee', { type: 'start' }],
        ['employee', { type: 'save_draft', draft: plan.draft }],
        ['employee', { type: 'submit' }],
      ],
    });
    expect(result.ok && result.plan.state).toBe(expected);
  });

  it('a blocked plan is approved once the Plt appears in Dapodik', () => {
    const result = applyPlanCommand({
      plan: planIn('2025', 'submitted'),
      command: { type: 'resolve_supervisor' },
      role: 'system',
      context: context('2025', { approval: 'automatic' }),
    });
    expect(result.ok && result.plan.state).toBe('approved');
  });

  it('refuses to submit an invalid draft and lists the problems', () => {
    const plan = { ...planIn('2024-S1', 'draft') };
    const invalid = { ...plan, draft: { ...plan.draft, practiceIndicatorCode: null } };
    const result = applyPlanCommand({
      plan: invalid,
      command: { type: 'submit' },
      role: 'employee',
      context: context('2024-S1'),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('PLAN_HAS_PROBLEMS');
    expect(!result.ok && result.problems?.map((p) => p.code)).toEqual(['PRACTICE_EXACTLY_ONE']);
  });

  it('keeps the return note until the plan is submitted again', () => {
    const returned = run({
      plan: planIn('2024-S1', 'submitted'),
      context: context('2024-S1'),
      steps: [['supervisor', { type: 'return', note: 'Perbaiki RHK' }]],
    });
    expect(returned.ok && [returned.plan.state, returned.plan.returnNote]).toEqual([
      'returned',
      'Perbaiki RHK',
    ]);
    const again = run({
      plan: returned.ok ? returned.plan : planIn('2024-S1', 'returned'),
      context: context('2024-S1'),
      steps: [
        ['employee', { type: 'submit' }],
        ['supervisor', { type: 'approve' }],
      ],
    });
    expect(again.ok && [again.plan.state, again.plan.returnNote]).toEqual(['approved', null]);
  });

  it('refuses a draft for another period, employee kind or school level', () => {
    const plan = planIn('2025', 'draft');
    const other = exampleValidDraft({ periodVersion: '2026' });
    const result = applyPlanCommand({
      plan,
      command: { type: 'save_draft', draft: other },
      role: 'employee',
      context: context('2025'),
    });
    expect(!result.ok && result.code).toBe('PLAN_DRAFT_MISMATCH');
  });

  it('refuses role mismatches through the state machine', () => {
    const result = applyPlanCommand({
      plan: planIn('2025', 'submitted'),
      command: { type: 'approve' },
      role: 'employee',
      context: context('2025'),
    });
    expect(!result.ok && result.code).toBe('ROLE_NOT_ALLOWED');
  });
});

describe('applyPlanCommand: 2026 lockout after 31 January, per-person extensions (domain.md §2.4)', () => {
  it.each<
    [
      string,
      PeriodVersion,
      string,
      PlanCommand['type'],
      ParticipantRole,
      PlanState,
      string | null,
      boolean,
    ]
  >([
    ['2026 submit on 31 Jan', '2026', '2026-01-31', 'submit', 'employee', 'draft', null, true],
    ['2026 submit on 1 Feb', '2026', '2026-02-01', 'submit', 'employee', 'draft', null, false],
    ['2026 start on 1 Feb', '2026', '2026-02-01', 'start', 'employee', 'not_started', null, false],
    [
      '2026 submit on 1 Feb with extension to 10 Feb',
      '2026',
      '2026-02-01',
      'submit',
      'employee',
      'draft',
      '2026-02-10',
      true,
    ],
    [
      '2026 submit on 11 Feb after the extension',
      '2026',
      '2026-02-11',
      'submit',
      'employee',
      'draft',
      '2026-02-10',
      false,
    ],
    [
      '2026 approval after the deadline is not the employee lockout',
      '2026',
      '2026-02-03',
      'approve',
      'supervisor',
      'submitted',
      null,
      true,
    ],
    // 2024 deadline was only recommended ("dianjurkan") — domain.md §2.4
    ['2024-S1 late submit', '2024-S1', '2024-03-15', 'submit', 'employee', 'draft', null, true],
  ])('%s', (_name, version, today, type, role, state, until, isAllowed) => {
    const extensions = until ? [{ stage: 'planning' as const, until }] : [];
    const command = { type } as PlanCommand;
    const result = applyPlanCommand({
      plan: planIn(version, state),
      command,
      role,
      context: context(version, { today, extensions }),
    });
    expect(result.ok).toBe(isAllowed);
    if (!result.ok)
      expect([result.code, result.params]).toEqual([
        'PLANNING_LOCKED_OUT',
        { date: until ?? '2026-01-31' },
      ]);
  });
});
