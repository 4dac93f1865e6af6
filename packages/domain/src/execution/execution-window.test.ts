import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import { executionGate, executionWindow } from './execution-window';

const ruleSet = ruleSetFor('2026');

describe('executionWindow (domain.md §2.4)', () => {
  it('is the execution stage of the period', () => {
    expect(executionWindow({ ruleSet, today: '2026-03-02', extensions: [] })).toEqual({
      start: '2026-02-01',
      end: '2026-11-30',
    });
  });

  it('ends later with a per-person extension of the execution stage only', () => {
    const extensions = [
      { stage: 'execution' as const, until: '2026-12-10' },
      { stage: 'planning' as const, until: '2026-12-20' },
    ];
    expect(executionWindow({ ruleSet, today: '2026-03-02', extensions })?.end).toBe('2026-12-10');
  });

  it('is null for a rule set without an execution stage', () => {
    const noExecution = {
      ...ruleSet,
      stages: ruleSet.stages.filter((s) => s.stage !== 'execution'),
    };
    expect(
      executionWindow({ ruleSet: noExecution, today: '2026-03-02', extensions: [] }),
    ).toBeNull();
  });
});

describe('executionGate (domain.md §3.3, §3.10, §2.4)', () => {
  const window = { start: '2026-02-01', end: '2026-11-30' };

  it.each([
    ['draft', '2026-03-02', 'PLAN_NOT_APPROVED', {}],
    ['submitted', '2026-03-02', 'PLAN_NOT_APPROVED', {}],
    ['approved', '2026-01-31', 'EXECUTION_NOT_OPEN', { date: '2026-02-01' }],
    ['approved', '2026-12-01', 'EXECUTION_CLOSED', { date: '2026-11-30' }],
  ] as const)('a %s plan on %s is refused with %s', (planState, today, code, params) => {
    expect(executionGate({ planState, window, today })).toEqual({ ok: false, code, params });
  });

  it.each(['2026-02-01', '2026-11-30'])('an approved plan is open on %s (inclusive)', (today) => {
    expect(executionGate({ planState: 'approved', window, today })).toEqual({
      ok: true,
      state: 'open',
    });
  });

  it('is closed when the period has no execution window', () => {
    expect(executionGate({ planState: 'approved', window: null, today: '2026-03-02' })).toEqual({
      ok: false,
      code: 'EXECUTION_CLOSED',
      params: { date: '2026-03-02' },
    });
  });
});
