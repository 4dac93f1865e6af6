import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import { assessmentGate, assessmentWindow } from './assessment-window';

describe('assessmentWindow (domain.md §2.4)', () => {
  it('is the Penilaian stage of a 2024 semester', () => {
    const ruleSet = ruleSetFor('2024-S1');
    expect(assessmentWindow({ ruleSet, today: '2024-06-10', extensions: [] })).toEqual({
      start: '2024-06-01',
      end: '2024-06-30',
    });
  });

  it('is the yearly Penilaian stage from 2025, later with an assessment extension only', () => {
    const ruleSet = ruleSetFor('2025');
    const extensions = [
      { stage: 'assessment' as const, until: '2026-01-15' },
      { stage: 'planning' as const, until: '2026-02-01' },
    ];
    expect(assessmentWindow({ ruleSet, today: '2025-11-20', extensions })).toEqual({
      start: '2025-11-13',
      end: '2026-01-15',
    });
  });

  it('is null when the period has no assessment stage', () => {
    const base = ruleSetFor('2026');
    const ruleSet = { ...base, stages: base.stages.filter((s) => s.stage !== 'assessment') };
    expect(assessmentWindow({ ruleSet, today: '2026-12-01', extensions: [] })).toBeNull();
  });
});

describe('assessmentGate (domain.md §3.10, §2.4)', () => {
  const window = { start: '2024-06-01', end: '2024-06-30' };

  it.each([
    ['draft', '2024-06-10', 'ASSESSMENT_PLAN_NOT_APPROVED', {}],
    ['submitted', '2024-06-10', 'ASSESSMENT_PLAN_NOT_APPROVED', {}],
    ['approved', '2024-05-31', 'ASSESSMENT_NOT_OPEN', { date: '2024-06-01' }],
    ['approved', '2024-07-01', 'ASSESSMENT_CLOSED', { date: '2024-06-30' }],
  ] as const)('%s plan on %s → %s', (planState, today, code, params) => {
    expect(assessmentGate({ planState, window, today })).toEqual({ ok: false, code, params });
  });

  it.each(['2024-06-01', '2024-06-15', '2024-06-30'])('is open on %s', (today) => {
    expect(assessmentGate({ planState: 'approved', window, today })).toEqual({
      ok: true,
      state: 'open',
    });
  });

  it('is closed without a window', () => {
    expect(assessmentGate({ planState: 'approved', window: null, today: '2024-06-10' })).toEqual({
      ok: false,
      code: 'ASSESSMENT_CLOSED',
      params: { date: '2024-06-10' },
    });
  });
});
