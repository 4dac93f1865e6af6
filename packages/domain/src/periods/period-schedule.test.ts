import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import { defaultSchedule, firstWindowStart, ruleSetWithSchedule } from './period-schedule';

describe('ruleSetWithSchedule: stored windows decide, rule-set dates are defaults (domain.md §2.4)', () => {
  const base = ruleSetFor('2026');

  it('keeps the rule set as is for its own default schedule, apart from the defaults flag', () => {
    const result = ruleSetWithSchedule(base, { ...defaultSchedule(base), areDefaults: false });
    expect(
      result.stages.map(({ stage, start, end, hasLockout }) => [stage, start, end, hasLockout]),
    ).toEqual(
      base.stages.map(({ stage, start, end, hasLockout }) => [stage, start, end, hasLockout]),
    );
  });

  it('moves windows, keeps labels and lockout, drops a stage not stored', () => {
    const result = ruleSetWithSchedule(base, {
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      areDefaults: true,
      windows: [
        { stage: 'planning', start: '2026-01-10', end: '2026-02-05' },
        { stage: 'execution', start: '2026-02-06', end: '2026-11-30' },
        { stage: 'assessment', start: '2026-12-01', end: '2026-12-31' },
      ],
    });
    expect(result.stages[0]).toMatchObject({
      stage: 'planning',
      start: '2026-01-10',
      end: '2026-02-05',
      hasLockout: true,
      isEditableDefault: true,
      label: { id: 'Perencanaan Kinerja' },
    });
    expect(result.stages.map((w) => w.stage)).toEqual(['planning', 'execution', 'assessment']);
  });

  it.each([
    ['2024-S1', '2024-01-01'],
    ['2025', '2025-01-01'],
    ['2026', '2025-12-29'],
  ])('the first window of %s opens on %s', (version, expected) => {
    expect(firstWindowStart(defaultSchedule(ruleSetFor(version)))).toBe(expected);
  });
});
