import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import { ruleSet2024S1 } from '../rule-sets/2024-s1';
import {
  checkPeriodSchedule,
  scheduleProblemMessage,
  startedWindowChangeMessage,
  startedWindowChanges,
} from './check-period-schedule';
import { defaultSchedule, type PeriodSchedule, type WindowDates } from './period-schedule';

const base2026 = defaultSchedule(ruleSetFor('2026'));
const withWindow = (schedule: PeriodSchedule, window: WindowDates): PeriodSchedule => ({
  ...schedule,
  windows: schedule.windows.map((w) => (w.stage === window.stage ? window : w)),
});
const codes = (schedule: PeriodSchedule, previous?: { label: string; endsOn: string }) =>
  checkPeriodSchedule({ ruleSet: ruleSetFor('2026'), schedule, previous }).map((p) => [
    p.code,
    p.field,
  ]);

describe('checkPeriodSchedule (domain.md §2.2, §2.4)', () => {
  it.each<[string, PeriodSchedule, string[][]]>([
    ['the 2026 defaults', base2026, []],
    [
      'a reversed window',
      withWindow(base2026, { stage: 'planning', start: '2026-01-31', end: '2026-01-08' }),
      [['PERIOD_WINDOW_REVERSED', 'windows.planning']],
    ],
    [
      'planning overlapping pre-planning',
      withWindow(base2026, { stage: 'planning', start: '2026-01-05', end: '2026-01-31' }),
      [['PERIOD_WINDOW_OUT_OF_ORDER', 'windows.planning']],
    ],
    [
      'execution before planning ends',
      withWindow(base2026, { stage: 'execution', start: '2026-01-31', end: '2026-11-30' }),
      [['PERIOD_WINDOW_OUT_OF_ORDER', 'windows.execution']],
    ],
    [
      'assessment past the end of the period',
      withWindow(base2026, { stage: 'assessment', start: '2026-12-01', end: '2027-01-15' }),
      [['PERIOD_WINDOW_OUTSIDE_PERIOD', 'windows.assessment']],
    ],
    [
      'planning before the period starts',
      {
        ...withWindow(base2026, { stage: 'planning', start: '2025-12-30', end: '2026-01-31' }),
        windows: base2026.windows
          .filter((w) => w.stage !== 'pre_planning')
          .map((w) => (w.stage === 'planning' ? { ...w, start: '2025-12-30' } : w)),
      },
      [
        ['PERIOD_WINDOW_MISSING', 'windows.pre_planning'],
        ['PERIOD_WINDOW_OUTSIDE_PERIOD', 'windows.planning'],
      ],
    ],
    [
      'a period ending before it starts',
      { ...base2026, startsOn: '2026-12-31', endsOn: '2026-01-01' },
      [
        ['PERIOD_RANGE_REVERSED', 'startsOn'],
        ['PERIOD_WINDOW_OUTSIDE_PERIOD', 'windows.pre_planning'],
        ['PERIOD_WINDOW_OUTSIDE_PERIOD', 'windows.planning'],
        ['PERIOD_WINDOW_OUTSIDE_PERIOD', 'windows.execution'],
        ['PERIOD_WINDOW_OUTSIDE_PERIOD', 'windows.assessment'],
      ],
    ],
  ])('%s', (_name, schedule, expected) => {
    expect(codes(schedule)).toEqual(expected);
  });

  it('lets Pra-Perencanaan overlap the previous Penilaian, but not the period itself', () => {
    expect(codes(base2026, { label: '2025', endsOn: '2025-12-31' })).toEqual([]);
    expect(codes(base2026, { label: '2025', endsOn: '2026-01-15' })).toEqual([
      ['PERIOD_OVERLAPS_PREVIOUS', 'startsOn'],
    ]);
  });

  it('refuses a stage the rule set does not have', () => {
    const schedule: PeriodSchedule = {
      ...defaultSchedule(ruleSet2024S1),
      windows: [
        { stage: 'pre_planning', start: '2023-12-20', end: '2023-12-31' },
        ...defaultSchedule(ruleSet2024S1).windows,
      ],
    };
    const problems = checkPeriodSchedule({ ruleSet: ruleSet2024S1, schedule });
    expect(problems.map((p) => p.code)).toEqual([
      'PERIOD_WINDOW_NOT_IN_RULE_SET',
      'PERIOD_WINDOW_OUTSIDE_PERIOD',
    ]);
  });

  it('says what is wrong in Indonesian words and long dates', () => {
    const [problem] = checkPeriodSchedule({
      ruleSet: ruleSetFor('2026'),
      schedule: withWindow(base2026, {
        stage: 'execution',
        start: '2026-01-31',
        end: '2026-11-30',
      }),
    });
    expect(scheduleProblemMessage(problem!)).toBe(
      'Tahap Pelaksanaan Kinerja harus dimulai setelah tahap Perencanaan Kinerja selesai (31 Januari 2026); tahap tidak boleh tumpang tindih.',
    );
  });
});

describe('startedWindowChanges (domain.md §2.4)', () => {
  const before = base2026.windows;
  const move = (stage: string, start: string, end: string) =>
    before.map((w) => (w.stage === stage ? { ...w, start, end } : w));

  it.each<[string, readonly WindowDates[], string, string[]]>([
    ['nothing changes', before, '2026-03-01', []],
    ['a future window moves', move('assessment', '2026-12-05', '2026-12-31'), '2026-03-01', []],
    [
      'a running window shortens',
      move('execution', '2026-02-01', '2026-11-15'),
      '2026-03-01',
      ['execution'],
    ],
    [
      'a closed window moves',
      move('planning', '2026-01-08', '2026-02-05'),
      '2026-03-01',
      ['planning'],
    ],
    [
      'a started window disappears',
      before.filter((w) => w.stage !== 'pre_planning'),
      '2026-01-02',
      ['pre_planning'],
    ],
    [
      'the day a window opens counts as started',
      move('planning', '2026-01-09', '2026-01-31'),
      '2026-01-08',
      ['planning'],
    ],
  ])('%s', (_name, after, today, expected) => {
    expect(startedWindowChanges({ before, after, today })).toEqual(expected);
  });

  it('asks for a confirmation naming the stages', () => {
    expect(startedWindowChangeMessage(['execution'])).toContain(
      'Tahap Pelaksanaan Kinerja sudah dimulai',
    );
  });
});
