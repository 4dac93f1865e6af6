import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import { currentStage, stageDeadline, stageDeadlines, type DeadlineExtension } from './deadlines';

const planning2026 = (
  now: Date | string,
  extensions: DeadlineExtension[] = [],
  closingSoonDays?: number,
) =>
  stageDeadline({
    ruleSet: ruleSetFor('2026'),
    now,
    extensions,
    stage: 'planning',
    ...(closingSoonDays ? { closingSoonDays } : {}),
  });

describe('deadlines per person (domain.md §2.4)', () => {
  it.each<[string, string, DeadlineExtension[], object]>([
    [
      'before the window',
      '2026-01-07',
      [],
      { status: 'upcoming', daysLeft: null, isLockedOut: false },
    ],
    ['first day', '2026-01-08', [], { status: 'open', daysLeft: 23 }],
    ['8 days left', '2026-01-23', [], { status: 'open', daysLeft: 8 }],
    // closing soon = the last 7 days, the closing day included
    ['7 days left is still open', '2026-01-24', [], { status: 'open', daysLeft: 7 }],
    ['6 days left', '2026-01-25', [], { status: 'closing_soon', daysLeft: 6 }],
    ['last day', '2026-01-31', [], { status: 'closing_soon', daysLeft: 0 }],
    // 2026: after 31 Jan → lockout
    [
      'after the deadline',
      '2026-02-01',
      [],
      { status: 'closed', daysLeft: null, isLockedOut: true },
    ],
    [
      'extended until 14 Feb',
      '2026-02-01',
      [{ stage: 'planning', until: '2026-02-14' }],
      { status: 'extended', daysLeft: 13, effectiveClosesOn: '2026-02-14', isLockedOut: false },
    ],
    [
      'after the extension',
      '2026-02-15',
      [{ stage: 'planning', until: '2026-02-14' }],
      { status: 'closed', isLockedOut: true },
    ],
    [
      'the latest extension wins',
      '2026-02-20',
      [
        { stage: 'planning', until: '2026-02-14' },
        { stage: 'planning', until: '2026-02-28' },
      ],
      { status: 'extended', effectiveClosesOn: '2026-02-28' },
    ],
    [
      'an extension for another stage does not count',
      '2026-02-02',
      [{ stage: 'execution', until: '2026-12-31' }],
      { status: 'closed' },
    ],
    [
      'an extension inside the window counts from the effective end',
      '2026-01-28',
      [{ stage: 'planning', until: '2026-02-10' }],
      { status: 'open', daysLeft: 13, closesOn: '2026-01-31' },
    ],
  ])('2026 planning, %s (%s)', (_name, now, extensions, expected) => {
    expect(planning2026(now, extensions)).toMatchObject(expected);
  });

  it('reads "now" in WIB: 31 Jan 23:59 WIB is still open, 1 Feb 00:00 WIB is locked', () => {
    expect(planning2026(new Date('2026-01-31T16:59:00Z'))?.status).toBe('closing_soon');
    expect(planning2026(new Date('2026-01-31T17:00:00Z'))?.isLockedOut).toBe(true);
  });

  it('takes a configurable closing-soon window', () => {
    expect(planning2026('2026-01-20', [], 14)?.status).toBe('closing_soon');
    expect(planning2026('2026-01-20')?.status).toBe('open');
  });

  it('2024-S1 planning closed after 31 Jan 2024 without lockout (deadline "dianjurkan")', () => {
    expect(
      stageDeadline({ ruleSet: ruleSetFor('2024-S1'), now: '2024-02-01', stage: 'planning' }),
    ).toMatchObject({ status: 'closed', isLockedOut: false });
  });

  it('lists every stage of the period, and nothing for a stage the period lacks', () => {
    const stages = stageDeadlines({ ruleSet: ruleSetFor('2026'), now: '2026-03-01' });
    expect(stages.map((s) => [s.stage, s.status])).toEqual([
      ['pre_planning', 'closed'],
      ['planning', 'closed'],
      ['execution', 'open'],
      ['assessment', 'upcoming'],
    ]);
    expect(
      stageDeadline({ ruleSet: ruleSetFor('2024-S1'), now: '2024-01-01', stage: 'pre_planning' }),
    ).toBeUndefined();
  });

  it.each([
    ['2026', '2026-01-03', 'pre_planning'],
    ['2026', '2026-01-15', 'planning'],
    ['2026', '2026-07-01', 'execution'],
    ['2025', '2025-11-13', 'assessment'],
    ['2024-S1', '2024-07-01', null],
  ])('currentStage(%s, %s) = %s', (version, now, stage) => {
    expect(currentStage({ ruleSet: ruleSetFor(version), now })).toBe(stage);
  });
});
