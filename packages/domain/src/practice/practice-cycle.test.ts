import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTICIPANT_ROLES } from '../common/transition';
import {
  OBSERVATION_SCALE_LABELS,
  PRACTICE_STATES,
  PRACTICE_STEPS,
  PRACTICE_STEP_LABELS,
  transitionPractice,
  type PracticeState,
} from './practice-cycle';

const R = 'ROLE_NOT_ALLOWED';
const O = 'PRACTICE_STEP_OUT_OF_ORDER';
const DONE = 'PRACTICE_CYCLE_COMPLETED';

/**
 * Columns: state A, B, C, D, E (the step due next), completed — domain.md §2.3 [C] FLIP-SIKLUS.
 * A: guru + KS; B, C: KS (pengawas for a KS); D: guru; E: guru (+ KS).
 */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'employee:preparation_discussion': ['observation', O, O, O, O, DONE],
  'employee:observation': [R, R, R, R, R, R],
  'employee:follow_up_discussion': [R, R, R, R, R, R],
  'employee:follow_up_action': [O, O, O, 'follow_up_reflection', O, DONE],
  'employee:follow_up_reflection': [O, O, O, O, 'completed', DONE],
  'supervisor:preparation_discussion': ['observation', O, O, O, O, DONE],
  'supervisor:observation': [O, 'follow_up_discussion', O, O, O, DONE],
  'supervisor:follow_up_discussion': [O, O, 'follow_up_action', O, O, DONE],
  'supervisor:follow_up_action': [R, R, R, R, R, R],
  'supervisor:follow_up_reflection': [O, O, O, O, 'completed', DONE],
};
const NONE = [R, R, R, R, R, R];

const combinations = PRACTICE_STATES.flatMap((state, column) =>
  PARTICIPANT_ROLES.flatMap((role) =>
    PRACTICE_STEPS.map((action) => ({ state, column, role, action })),
  ),
);

describe('practice cycle A→E over every role × state × action (domain.md §2.3)', () => {
  it('covers 6 × 4 × 5 combinations', () => {
    expect(combinations).toHaveLength(120);
  });

  it.each(combinations)('$role records $action in $state', ({ state, column, role, action }) => {
    const row = EXPECTED[`${role}:${action}`] ?? NONE;
    const result = transitionPractice({ state, role, action });
    expect(result.ok ? result.state : result.code).toBe(row[column]);
  });

  it('names the expected step when out of order', () => {
    const result = transitionPractice({
      state: 'observation',
      role: 'supervisor',
      action: 'follow_up_discussion',
    });
    expect(result).toEqual({ ok: false, code: O, params: { expected: 'Observasi Kinerja' } });
  });

  it('has the official letters and names', () => {
    expect(
      PRACTICE_STEPS.map((s) => `${PRACTICE_STEP_LABELS[s].letter} ${PRACTICE_STEP_LABELS[s].id}`),
    ).toEqual([
      'A Diskusi Persiapan',
      'B Observasi Kinerja',
      'C Diskusi Tindak Lanjut',
      'D Upaya Tindak Lanjut',
      'E Refleksi Tindak Lanjut',
    ]);
    expect(Object.values(OBSERVATION_SCALE_LABELS).map((l) => l.id)).toEqual([
      'Belum Dilakukan',
      'Dilakukan tapi Belum Efektif',
      'Dilakukan dan Efektif',
    ]);
  });

  it('no sequence of actions skips a step or leaves the cycle (fast-check)', () => {
    const step = fc.record({
      role: fc.constantFrom(...PARTICIPANT_ROLES),
      action: fc.constantFrom(...PRACTICE_STEPS),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let state: PracticeState = 'preparation_discussion';
        for (const { role, action } of steps) {
          const result = transitionPractice({ state, role, action });
          if (!result.ok) continue;
          expect(PRACTICE_STATES.indexOf(result.state)).toBe(PRACTICE_STATES.indexOf(state) + 1);
          state = result.state;
        }
      }),
    );
  });
});
