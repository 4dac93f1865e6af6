import { describe, expect, it } from 'vitest';
import { stageDeadline } from '../deadlines/deadlines';
import type { RoleCode } from '../roles/roles';
import { ruleSetFor } from '../rule-sets/registry';
import {
  countedTodosFor,
  homeDeadlineStages,
  homeStage,
  ownTodos,
  practiceStatesAwaiting,
  standingTodosFor,
  type OwnExecutionFacts,
} from './home-todos';

const NOTHING_DONE: OwnExecutionFacts = {
  evidenceTotal: 0,
  evidenceCollected: 0,
  documentsSent: 0,
  practiceState: null,
  assessment: 'none',
};

describe('the stage a home reads (domain.md §2.2, §2.4)', () => {
  it.each([
    ['2026', '2025-12-30', 'pre_planning'],
    ['2026', '2026-01-20', 'planning'],
    ['2026', '2026-06-01', 'execution'],
    ['2026', '2026-12-07', 'assessment'],
    // After the last window the period stays in its assessment stage.
    ['2026', '2027-02-01', 'assessment'],
    // Before the first window (2024 has no Pra-Perencanaan) the first stage.
    ['2024-S1', '2023-12-20', 'planning'],
    ['2024-S1', '2024-03-10', 'execution'],
  ])('%s on %s is in %s', (version, now, stage) => {
    expect(homeStage({ ruleSet: ruleSetFor(version), now })).toBe(stage);
  });
});

describe('counted to-dos per role, stage and rule set', () => {
  it.each<[string, string, RoleCode, string[]]>([
    ['2026', 'planning', 'principal_supervisor', ['plans_to_approve']],
    [
      '2026',
      'execution',
      'principal_supervisor',
      ['plans_to_approve', 'cycles_to_lead', 'documents_to_confirm'],
    ],
    [
      '2026',
      'assessment',
      'principal_supervisor',
      ['plans_to_approve', 'cycles_to_lead', 'documents_to_confirm', 'assessments_to_do'],
    ],
    // 2024 collects uploads: nothing for the atasan to confirm.
    ['2024-S1', 'execution', 'principal_supervisor', ['plans_to_approve', 'cycles_to_lead']],
    ['2026', 'planning', 'pengawas', []],
    [
      '2026',
      'execution',
      'pengawas',
      ['principal_cycles_to_lead', 'principal_documents_to_confirm'],
    ],
    [
      '2026',
      'assessment',
      'pengawas',
      ['principal_cycles_to_lead', 'principal_documents_to_confirm', 'recommendations_to_send'],
    ],
    // 2026: principal plans are approved on submission, so the Dinas approves none.
    ['2026', 'planning', 'dinas_official', ['plans_without_supervisor']],
    [
      '2025',
      'planning',
      'dinas_official',
      ['principal_plans_to_approve', 'plans_without_supervisor'],
    ],
    [
      '2026',
      'assessment',
      'dinas_official',
      ['plans_without_supervisor', 'principal_assessments_to_do'],
    ],
    [
      '2026',
      'pre_planning',
      'school_operator',
      ['staff_without_supervisor', 'tim_kinerja_to_plot', 'outbox_failures'],
    ],
    ['2024-S1', 'planning', 'school_operator', ['staff_without_supervisor', 'outbox_failures']],
    ['2026', 'execution', 'school_operator', ['staff_without_supervisor', 'outbox_failures']],
    [
      '2026',
      'assessment',
      'school_operator',
      ['staff_without_supervisor', 'results_not_sent', 'outbox_failures'],
    ],
    ['2026', 'assessment', 'admin', ['outbox_failures', 'period_windows_to_confirm']],
    ['2026', 'assessment', 'teacher', []],
  ])('%s %s, %s', (version, stage, role, expected) => {
    const ruleSet = ruleSetFor(version);
    expect(countedTodosFor({ ruleSet, stage: stage as never, role })).toEqual(expected);
  });

  it('once Pelaksanaan is closed, its Siklus and confirmation to-dos are gone (§2.4)', () => {
    const ruleSet = ruleSetFor('2026');
    const closed = { ruleSet, stage: 'assessment' as const, isExecutionClosed: true };
    expect(countedTodosFor({ ...closed, role: 'principal_supervisor' })).toEqual([
      'plans_to_approve',
      'assessments_to_do',
    ]);
    expect(countedTodosFor({ ...closed, role: 'pengawas' })).toEqual(['recommendations_to_send']);
    // Tim Kinerja plotting still belongs before Pelaksanaan only.
    expect(countedTodosFor({ ...closed, role: 'school_operator' })).toEqual([
      'staff_without_supervisor',
      'results_not_sent',
      'outbox_failures',
    ]);
  });

  it.each<[string, RoleCode, string[]]>([
    ['pre_planning', 'school_operator', ['roster_import']],
    ['execution', 'school_operator', []],
    ['assessment', 'admin', ['national_view']],
    ['assessment', 'dinas_official', []],
  ])('standing to-dos in %s for %s', (stage, role, expected) => {
    expect(standingTodosFor({ stage: stage as never, role })).toEqual(expected);
  });

  it('the atasan leads steps A, B, C and E; the employee A, D and E (domain.md §2.3)', () => {
    expect(practiceStatesAwaiting('supervisor')).toEqual([
      'preparation_discussion',
      'observation',
      'follow_up_discussion',
      'follow_up_reflection',
    ]);
    expect(practiceStatesAwaiting('employee')).toEqual([
      'preparation_discussion',
      'follow_up_action',
      'follow_up_reflection',
    ]);
  });
});

const own = (
  version: string,
  now: string,
  status: Parameters<typeof ownTodos>[0]['planStatus'],
  execution: Partial<OwnExecutionFacts> | null = null,
) => {
  const ruleSet = ruleSetFor(version);
  return ownTodos({
    ruleSet,
    stage: homeStage({ ruleSet, now }),
    planStatus: status,
    isBlocked: false,
    planning: stageDeadline({ ruleSet, now, stage: 'planning' }),
    execution: execution ? { ...NOTHING_DONE, ...execution } : null,
  }).map((todo) => [todo.code, todo.count]);
};

describe('the own plan as to-dos (teacher, principal as pegawai)', () => {
  it.each<[string, string, string, Partial<OwnExecutionFacts> | null, unknown[]]>([
    ['2026', '2026-01-10', 'not_started', null, [['plan_not_started', null]]],
    ['2026', '2026-01-10', 'returned', null, [['plan_returned', null]]],
    // 2026 locks planning out after 31 January: the home says closed, never "Mulai".
    ['2026', '2026-12-07', 'not_started', null, [['plan_closed', null]]],
    ['2026', '2026-02-10', 'draft', null, [['plan_closed', null]]],
    // 2024 has no lockout: a late plan is still taken, but the home says late, never "Mulai".
    ['2024-S1', '2024-03-10', 'draft', null, [['plan_late', null]]],
    ['2024-S1', '2024-06-10', 'not_started', null, [['plan_late', null]]],
    ['2024-S1', '2024-01-31', 'not_started', null, [['plan_not_started', null]]],
    ['2026', '2026-01-20', 'approved', NOTHING_DONE, [['plan_approved', null]]],
    // 2024 execution: uploads to collect and the Siklus step A.
    [
      '2024-S1',
      '2024-03-10',
      'approved',
      { evidenceTotal: 3, evidenceCollected: 1 },
      [
        ['evidence_to_collect', 2],
        ['practice_step', null],
      ],
    ],
    // 2025+: two written documents; the atasan's step B is not the teacher's.
    [
      '2026',
      '2026-06-01',
      'approved',
      { documentsSent: 1, practiceState: 'observation' },
      [['documents_to_send', 1]],
    ],
    [
      '2026',
      '2026-06-01',
      'approved',
      { documentsSent: 2, practiceState: 'follow_up_action' },
      [['practice_step', null]],
    ],
    // Everything done in execution: the plan stays as the done item.
    [
      '2026',
      '2026-06-01',
      'approved',
      { documentsSent: 2, practiceState: 'completed' },
      [['plan_approved', null]],
    ],
    [
      '2026',
      '2026-12-07',
      'approved',
      { documentsSent: 2, practiceState: 'completed', assessment: 'draft' },
      [['assessment_waiting', null]],
    ],
    [
      '2026',
      '2026-12-07',
      'approved',
      { documentsSent: 2, practiceState: 'completed', assessment: 'final' },
      [['result_ready', null]],
    ],
  ])('%s on %s, plan %s', (version, now, status, execution, expected) => {
    expect(own(version, now, status as never, execution)).toEqual(expected);
  });

  it('a plan without an atasan is blocked, not waiting', () => {
    const ruleSet = ruleSetFor('2026');
    const todos = ownTodos({
      ruleSet,
      stage: 'planning',
      planStatus: 'submitted',
      isBlocked: true,
      planning: stageDeadline({ ruleSet, now: '2026-01-20', stage: 'planning' }),
      execution: null,
    });
    expect(todos.map((todo) => todo.code)).toEqual(['plan_blocked']);
  });
});

describe('the deadlines a home shows (issue #11)', () => {
  const ruleSet = ruleSetFor('2026');
  it.each<[RoleCode[], string[]]>([
    [['teacher'], ['pre_planning', 'planning', 'execution', 'assessment']],
    [['pengawas'], ['execution', 'assessment']],
    [['dinas_official'], ['planning', 'assessment']],
    [
      ['principal_supervisor', 'principal_employee'],
      ['pre_planning', 'planning', 'execution', 'assessment'],
    ],
  ])('%j: %j', (roles, stages) => {
    expect(homeDeadlineStages({ ruleSet, roles })).toEqual(stages);
  });
});
