import { describe, expect, it } from 'vitest';
import { PENERAPAN_DISIPLIN_POSITIF_TARGETS } from '../catalogues/practice-rubrics';
import type { ParticipantRole } from '../common/transition';
import { ruleSetFor } from '../rule-sets/registry';
import {
  applyPracticeCommand,
  commandStep,
  isFinishCommand,
  isStaleWrite,
  touchedSections,
  type PracticeCommand,
  type PracticeContext,
} from './practice-commands';
import { PRACTICE_STATES } from './practice-cycle';
import {
  emptyPracticeRecord,
  type PracticePreparation,
  type PracticeRecord,
} from './practice-record';

const TARGETS = PENERAPAN_DISIPLIN_POSITIF_TARGETS;
const [T1, T2, T3] = TARGETS.map((target) => target.code) as [string, string, string];
const WINDOW = { start: '2026-02-01', end: '2026-11-30' };
let version = 1;

const context = (overrides: Partial<PracticeContext> = {}): PracticeContext => ({
  ruleSet: ruleSetFor('2026'),
  targets: TARGETS,
  window: WINDOW,
  today: '2026-03-10',
  now: '2026-03-10T03:00:00.000Z',
  actorId: 'actor-1',
  version: ++version,
  ...overrides,
});

const preparation = (overrides: Partial<PracticePreparation> = {}): PracticePreparation => ({
  focusBehaviourCodes: [T2],
  customFocusBehaviours: [],
  scheduledDate: '2026-03-12',
  scheduledTime: '08:30',
  specificBehaviour: 'Memberi pengakuan spesifik atas perilaku baik',
  effortsToReachTarget: 'Menyusun daftar kesepakatan kelas bersama murid',
  ...overrides,
});

function run(
  record: PracticeRecord,
  command: PracticeCommand,
  role: ParticipantRole,
  overrides: Partial<PracticeContext> = {},
) {
  return applyPracticeCommand({ record, command, role, context: context(overrides) });
}

function ok(
  record: PracticeRecord,
  command: PracticeCommand,
  role: ParticipantRole,
  overrides: Partial<PracticeContext> = {},
) {
  const result = run(record, command, role, overrides);
  if (!result.ok) throw new Error(`${command.type} refused: ${result.code}`);
  return result.record;
}

const rateAll = { rating: 'done_effective' as const, note: '' };

/** A cycle brought to a state through the real commands. */
function cycleAt(state: PracticeRecord['state']): PracticeRecord {
  let record = emptyPracticeRecord();
  const steps: Array<[PracticeCommand, ParticipantRole]> = [
    [{ type: 'save_preparation', preparation: preparation() }, 'employee'],
    [{ type: 'finish_preparation' }, 'supervisor'],
    [
      { type: 'save_observation', ratings: { [T1]: rateAll, [T2]: rateAll, [T3]: rateAll } },
      'supervisor',
    ],
    [{ type: 'finish_observation' }, 'supervisor'],
    [{ type: 'save_follow_up', agreement: 'Latihan restitusi' }, 'supervisor'],
    [{ type: 'finish_follow_up' }, 'supervisor'],
    [{ type: 'acknowledge_follow_up' }, 'employee'],
    [
      { type: 'save_actions', actions: [{ date: '2026-03-09', description: 'Membaca modul' }] },
      'employee',
    ],
    [{ type: 'finish_actions' }, 'employee'],
    [{ type: 'save_reflection', text: 'Murid lebih tertib' }, 'employee'],
    [{ type: 'submit_reflection' }, 'employee'],
    [{ type: 'save_comment', comment: 'Pertahankan' }, 'supervisor'],
    [{ type: 'finish_reflection' }, 'supervisor'],
  ];
  for (const [command, role] of steps) {
    if (record.state === state) return record;
    record = ok(record, command, role);
  }
  return record;
}

describe('the whole cycle A → E (domain.md §2.3)', () => {
  it('ends completed with every step stamped and the ratings kept', () => {
    const record = cycleAt('completed');
    expect(record.state).toBe('completed');
    expect(Object.keys(record.finished)).toEqual([
      'preparation_discussion',
      'observation',
      'follow_up_discussion',
      'follow_up_action',
      'follow_up_reflection',
    ]);
    expect(record.items?.map((item) => [item.code, item.isFocus])).toEqual([
      [T1, false],
      [T2, true],
      [T3, false],
    ]);
    expect(record.observation.ratings[T2]).toEqual(rateAll);
    expect(record.finished.follow_up_reflection).toEqual({
      at: '2026-03-10T03:00:00.000Z',
      by: 'actor-1',
    });
  });

  it('reports the finished step and marks finalisations', () => {
    const result = run(cycleAt('observation'), { type: 'finish_observation' }, 'supervisor');
    expect(result).toMatchObject({
      ok: false,
      code: 'PRACTICE_OBSERVATION_INCOMPLETE',
      params: { missing: 3 },
    });
    const agreed = ok(
      cycleAt('follow_up_discussion'),
      { type: 'save_follow_up', agreement: 'Latihan' },
      'supervisor',
    );
    const done = run(agreed, { type: 'finish_follow_up' }, 'supervisor');
    expect(done).toMatchObject({ ok: true, finishedStep: 'follow_up_discussion', isChanged: true });
    expect(isFinishCommand('finish_actions')).toBe(true);
    expect(isFinishCommand('save_actions')).toBe(false);
    expect(commandStep('save_comment')).toBe('follow_up_reflection');
    expect(commandStep('finish_preparation')).toBe('preparation_discussion');
  });
});

describe('who writes what, when (domain.md §2.3)', () => {
  const parts: Array<[PracticeCommand, ParticipantRole[], PracticeRecord['state']]> = [
    [
      { type: 'save_preparation', preparation: preparation() },
      ['employee', 'supervisor'],
      'preparation_discussion',
    ],
    [{ type: 'save_observation', ratings: { [T1]: rateAll } }, ['supervisor'], 'observation'],
    [{ type: 'save_follow_up', agreement: 'x' }, ['supervisor'], 'follow_up_discussion'],
    [{ type: 'acknowledge_follow_up' }, ['employee'], 'follow_up_action'],
    [{ type: 'save_actions', actions: [] }, ['employee'], 'follow_up_action'],
    [{ type: 'save_reflection', text: 'x' }, ['employee'], 'follow_up_reflection'],
    [{ type: 'save_comment', comment: 'x' }, ['supervisor'], 'follow_up_reflection'],
  ];

  it.each(parts.map(([command, roles, state]) => ({ type: command.type, command, roles, state })))(
    '$type: other roles are refused',
    ({ command, roles, state }) => {
      for (const role of ['employee', 'supervisor', 'tim_kinerja', 'system'] as const) {
        const result = run(cycleAt(state), command, role);
        if (roles.includes(role)) expect(result.ok).toBe(true);
        else expect(result).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
      }
    },
  );

  it.each(parts.map(([command, roles, own]) => ({ type: command.type, command, roles, own })))(
    '$type: only in its own step',
    ({ command, roles, own }) => {
      const role = roles[0]!;
      for (const state of PRACTICE_STATES) {
        const result = run(cycleAt(state), command, role);
        const index = PRACTICE_STATES.indexOf(state);
        const ownIndex = PRACTICE_STATES.indexOf(own);
        if (state === own) expect(result.ok).toBe(true);
        else if (state === 'completed')
          expect(result).toMatchObject({ ok: false, code: 'PRACTICE_CYCLE_COMPLETED' });
        else if (index < ownIndex)
          expect(result).toMatchObject({ ok: false, code: 'PRACTICE_STEP_NOT_REACHED' });
        else expect(result).toMatchObject({ ok: false, code: 'PRACTICE_STEP_FINISHED' });
      }
    },
  );

  it('names the steps in the refusal', () => {
    const result = run(emptyPracticeRecord(), { type: 'save_comment', comment: 'x' }, 'supervisor');
    expect(result).toMatchObject({
      params: { step: 'Refleksi Tindak Lanjut', expected: 'Diskusi Persiapan' },
    });
    const late = run(cycleAt('completed'), { type: 'finish_preparation' }, 'employee');
    expect(late).toMatchObject({ ok: false, code: 'PRACTICE_CYCLE_COMPLETED' });
    const order = run(emptyPracticeRecord(), { type: 'finish_observation' }, 'supervisor');
    expect(order).toMatchObject({ ok: false, code: 'PRACTICE_STEP_OUT_OF_ORDER' });
    const role = run(cycleAt('observation'), { type: 'finish_observation' }, 'employee');
    expect(role).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
  });
});

describe('A: Diskusi Persiapan (domain.md §3.6, §4.1)', () => {
  const save = (prep: Partial<PracticePreparation>, overrides: Partial<PracticeContext> = {}) =>
    run(
      emptyPracticeRecord(),
      { type: 'save_preparation', preparation: preparation(prep) },
      'employee',
      overrides,
    );

  it('refuses focus behaviours that are not targets of the sub-indicator, and duplicates', () => {
    const result = save({ focusBehaviourCodes: ['lain', T1, T1] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.field])).toEqual([
      ['PRACTICE_FOCUS_UNKNOWN', 'preparation.focusBehaviourCodes[0]'],
      ['DUPLICATE_CODE', 'preparation.focusBehaviourCodes'],
    ]);
  });

  it('allows written-out focus behaviours only when the catalogue has no targets', () => {
    expect(save({ customFocusBehaviours: ['Menyapa murid'] })).toMatchObject({
      ok: false,
      code: 'PRACTICE_CUSTOM_FOCUS_NOT_ALLOWED',
    });
    const gap = save(
      { focusBehaviourCodes: [], customFocusBehaviours: ['Menyapa murid'] },
      { targets: null },
    );
    expect(gap.ok).toBe(true);
    const blank = save({ focusBehaviourCodes: [], customFocusBehaviours: ['  '] }, { targets: [] });
    expect(blank).toMatchObject({ ok: false, code: 'PRACTICE_FOCUS_REQUIRED' });
    expect(save({ focusBehaviourCodes: [T1] }, { targets: null })).toMatchObject({
      ok: false,
      code: 'PRACTICE_FOCUS_UNKNOWN',
    });
  });

  it('keeps the observation inside the execution window', () => {
    for (const date of ['2026-01-31', '2026-12-01']) {
      expect(save({ scheduledDate: date })).toMatchObject({
        ok: false,
        code: 'PRACTICE_SCHEDULE_OUTSIDE_EXECUTION',
        params: WINDOW,
      });
    }
  });

  it('saves a half-filled draft, but finishing needs focus, schedule and the 2025+ fields', () => {
    const empty = preparation({
      focusBehaviourCodes: [],
      scheduledDate: null,
      scheduledTime: null,
      specificBehaviour: ' ',
      effortsToReachTarget: '',
    });
    const record = ok(
      emptyPracticeRecord(),
      { type: 'save_preparation', preparation: empty },
      'employee',
    );
    const result = run(record, { type: 'finish_preparation' }, 'employee');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual([
      'preparation.focusBehaviourCodes',
      'preparation.scheduledDate',
      'preparation.specificBehaviour',
      'preparation.effortsToReachTarget',
    ]);
    expect(result.problems[2]?.params).toEqual({
      label: 'Perilaku spesifik yang ingin dipelajari/ditampilkan saat observasi',
    });
  });

  it('asks for the time when only the date is set; 2024 does not require the written fields', () => {
    const prep = preparation({
      scheduledTime: null,
      specificBehaviour: '',
      effortsToReachTarget: '',
    });
    const record = ok(
      emptyPracticeRecord(),
      { type: 'save_preparation', preparation: prep },
      'employee',
    );
    const ruleSet = ruleSetFor('2024-S1');
    const window = { start: '2026-02-01', end: '2026-11-30' };
    const result = run(record, { type: 'finish_preparation' }, 'supervisor', { ruleSet, window });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(['preparation.scheduledTime']);
  });

  it('observes the written-out focus behaviours when the catalogue has a gap', () => {
    const prep = preparation({ focusBehaviourCodes: [], customFocusBehaviours: ['Visi', 'Misi'] });
    const record = ok(
      emptyPracticeRecord(),
      { type: 'save_preparation', preparation: prep },
      'supervisor',
      { targets: null },
    );
    const finished = ok(record, { type: 'finish_preparation' }, 'supervisor', { targets: null });
    expect(finished.items).toEqual([
      { code: 'fokus_1', text: 'Visi', isFocus: true },
      { code: 'fokus_2', text: 'Misi', isFocus: true },
    ]);
  });
});

describe('B: Observasi — partial saves (domain.md §3.9)', () => {
  it('merges ratings item by item and keeps the general note unless given', () => {
    const first = ok(
      cycleAt('observation'),
      {
        type: 'save_observation',
        ratings: { [T1]: { rating: 'not_done', note: 'belum' } },
        generalNote: 'Kelas 7A',
      },
      'supervisor',
    );
    const second = ok(
      first,
      {
        type: 'save_observation',
        ratings: { [T2]: { rating: 'done_not_effective', note: '' } },
      },
      'supervisor',
    );
    expect(second.observation).toEqual({
      ratings: {
        [T1]: { rating: 'not_done', note: 'belum' },
        [T2]: { rating: 'done_not_effective', note: '' },
      },
      generalNote: 'Kelas 7A',
    });
    expect(run(second, { type: 'finish_observation' }, 'supervisor')).toMatchObject({
      ok: false,
      params: { missing: 1 },
    });
  });

  it('refuses ratings of behaviours that are not observed in the cycle', () => {
    const result = run(
      cycleAt('observation'),
      { type: 'save_observation', ratings: { lain: rateAll } },
      'supervisor',
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'PRACTICE_ITEM_UNKNOWN',
      problems: [{ field: 'observation.ratings.lain', params: { code: 'lain' } }],
    });
  });

  it('a repeated save changes nothing (no new version)', () => {
    const record = cycleAt('observation');
    const command: PracticeCommand = { type: 'save_observation', ratings: { [T1]: rateAll } };
    const once = ok(record, command, 'supervisor');
    const twice = run(once, command, 'supervisor');
    expect(twice).toMatchObject({ ok: true, isChanged: false, record: once });
  });
});

describe('concurrent writes (isStaleWrite)', () => {
  it('merges saves of different behaviours, conflicts on the same one', () => {
    const base = cycleAt('observation');
    const v = 100;
    const afterA = ok(
      base,
      { type: 'save_observation', ratings: { [T1]: rateAll } },
      'supervisor',
      { version: v + 1 },
    );
    const other: PracticeCommand = { type: 'save_observation', ratings: { [T2]: rateAll } };
    const same: PracticeCommand = { type: 'save_observation', ratings: { [T1]: rateAll } };
    const note: PracticeCommand = { type: 'save_observation', ratings: {}, generalNote: 'x' };
    expect(
      isStaleWrite({ record: afterA, command: other, baseVersion: v, currentVersion: v + 1 }),
    ).toBe(false);
    expect(
      isStaleWrite({ record: afterA, command: same, baseVersion: v, currentVersion: v + 1 }),
    ).toBe(true);
    expect(
      isStaleWrite({ record: afterA, command: note, baseVersion: v, currentVersion: v + 1 }),
    ).toBe(false);
    expect(
      isStaleWrite({ record: afterA, command: other, baseVersion: v + 2, currentVersion: v + 1 }),
    ).toBe(true);
  });

  it('finalisations need the latest version', () => {
    const record = cycleAt('observation');
    const finish: PracticeCommand = { type: 'finish_observation' };
    expect(isStaleWrite({ record, command: finish, baseVersion: 4, currentVersion: 5 })).toBe(true);
    expect(isStaleWrite({ record, command: finish, baseVersion: 5, currentVersion: 5 })).toBe(
      false,
    );
  });

  it('lists the sections each save writes', () => {
    expect(touchedSections({ type: 'save_preparation', preparation: preparation() })).toEqual([
      'preparation',
    ]);
    expect(touchedSections({ type: 'save_follow_up', agreement: '' })).toEqual(['followUp']);
    expect(touchedSections({ type: 'save_actions', actions: [] })).toEqual(['actions']);
    expect(touchedSections({ type: 'save_reflection', text: '' })).toEqual(['reflection']);
    expect(touchedSections({ type: 'save_comment', comment: '' })).toEqual(['comment']);
    expect(touchedSections({ type: 'acknowledge_follow_up' })).toEqual([]);
  });
});

describe('C, D, E (domain.md §2.3, §3.8, §3.9)', () => {
  it('C needs the agreed follow-up', () => {
    expect(
      run(cycleAt('follow_up_discussion'), { type: 'finish_follow_up' }, 'supervisor'),
    ).toMatchObject({
      ok: false,
      code: 'PRACTICE_FOLLOW_UP_REQUIRED',
    });
  });

  it('D needs the acknowledgement (once) and at least one action dated in the window, not in the future', () => {
    const record = ok(
      cycleAt('follow_up_discussion'),
      { type: 'save_follow_up', agreement: 'Restitusi' },
      'supervisor',
    );
    const atD = ok(record, { type: 'finish_follow_up' }, 'supervisor');
    expect(run(atD, { type: 'finish_actions' }, 'employee')).toMatchObject({
      code: 'PRACTICE_FOLLOW_UP_NOT_ACKNOWLEDGED',
    });
    const acked = ok(atD, { type: 'acknowledge_follow_up' }, 'employee');
    expect(acked.followUp.acknowledgedAt).toBe('2026-03-10T03:00:00.000Z');
    expect(run(acked, { type: 'acknowledge_follow_up' }, 'employee')).toMatchObject({
      code: 'PRACTICE_ALREADY_ACKNOWLEDGED',
    });
    expect(run(acked, { type: 'finish_actions' }, 'employee')).toMatchObject({
      code: 'PRACTICE_ACTIONS_REQUIRED',
    });
    const dates = ['2026-01-31', '2026-03-11'];
    const bad = run(
      acked,
      { type: 'save_actions', actions: dates.map((date) => ({ date, description: 'x' })) },
      'employee',
    );
    expect(bad).toMatchObject({
      ok: false,
      code: 'PRACTICE_ACTION_DATE_OUTSIDE',
      params: { start: '2026-02-01', end: '2026-03-10' },
    });
    if (bad.ok) return;
    expect(bad.problems.map((p) => p.field)).toEqual(['actions[0].date', 'actions[1].date']);
    const late = run(
      acked,
      { type: 'save_actions', actions: [{ date: '2026-12-02', description: 'x' }] },
      'employee',
      {
        today: '2026-12-05',
        window: { start: '2026-02-01', end: '2026-12-05' },
      },
    );
    expect(late.ok).toBe(true);
  });

  it('E: the reflection is sent once; the cycle finishes with the comment', () => {
    const atE = cycleAt('follow_up_reflection');
    expect(run(atE, { type: 'submit_reflection' }, 'employee')).toMatchObject({
      code: 'PRACTICE_REFLECTION_REQUIRED',
    });
    expect(run(atE, { type: 'finish_reflection' }, 'supervisor')).toMatchObject({
      code: 'PRACTICE_REFLECTION_NOT_SUBMITTED',
    });
    const written = ok(atE, { type: 'save_reflection', text: 'Refleksi' }, 'employee');
    const sent = ok(written, { type: 'submit_reflection' }, 'employee');
    expect(run(sent, { type: 'save_reflection', text: 'Ubah' }, 'employee')).toMatchObject({
      code: 'PRACTICE_REFLECTION_SUBMITTED',
    });
    expect(run(sent, { type: 'submit_reflection' }, 'employee')).toMatchObject({
      code: 'PRACTICE_REFLECTION_SUBMITTED',
    });
    expect(run(sent, { type: 'finish_reflection' }, 'supervisor')).toMatchObject({
      code: 'PRACTICE_COMMENT_REQUIRED',
    });
    const commented = ok(sent, { type: 'save_comment', comment: 'Bagus' }, 'supervisor');
    expect(ok(commented, { type: 'finish_reflection' }, 'employee').state).toBe('completed');
  });
});
