import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTICIPANT_ROLES } from '../common/transition';
import {
  ASSESSMENT_ACTIONS,
  ASSESSMENT_STATES,
  EMPTY_ASSESSMENT,
  applyAssessmentCommand,
  isAssessmentVisibleToEmployee,
  transitionAssessment,
  type AssessmentCommand,
  type AssessmentRecord,
} from './assessment';
import { RATINGS } from './ratings';

const R = 'ROLE_NOT_ALLOWED';
const FINAL = 'ASSESSMENT_FINAL';

/** Columns: draft, final. The assessor rates and finalizes; the Tim Kinerja recommends — domain.md §3.9. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'supervisor:set_rating': ['draft', FINAL],
  'supervisor:finalize': ['final', FINAL],
  'tim_kinerja:recommend': ['draft', FINAL],
};
const combinations = ASSESSMENT_STATES.flatMap((state, column) =>
  PARTICIPANT_ROLES.flatMap((role) =>
    ASSESSMENT_ACTIONS.map((action) => ({ state, column, role, action })),
  ),
);

describe('assessment state machine over every role × state × action (domain.md §3.9)', () => {
  it('covers 2 × 4 × 3 combinations', () => {
    expect(combinations).toHaveLength(24);
  });

  it.each(combinations)('$role $action in $state', ({ state, column, role, action }) => {
    const expected = EXPECTED[`${role}:${action}`]?.[column] ?? R;
    const result = transitionAssessment({ state, role, action });
    expect(result.ok ? result.state : result.code).toBe(expected);
  });
});

describe('applyAssessmentCommand', () => {
  const run = (commands: Array<[AssessmentCommand, 'supervisor' | 'tim_kinerja']>) =>
    commands.reduce<ReturnType<typeof applyAssessmentCommand>>(
      (result, [command, role]) =>
        result.ok
          ? applyAssessmentCommand({ assessment: result.assessment, command, role })
          : result,
      { ok: true, assessment: EMPTY_ASSESSMENT },
    );

  it('rates, takes recommendations and fixes the predikat from the matrix (§5.2)', () => {
    const result = run([
      [
        {
          type: 'recommend',
          recommendation: { authorId: 'pengawas-1', text: 'Praktik baik konsisten' },
        },
        'tim_kinerja',
      ],
      [{ type: 'set_rating', workResultRating: 'above_expectations' }, 'supervisor'],
      [{ type: 'set_rating', workBehaviourRating: 'above_expectations' }, 'supervisor'],
      [{ type: 'finalize' }, 'supervisor'],
    ]);
    expect(result.ok && result.assessment).toMatchObject({
      state: 'final',
      predikat: 'sangat_baik',
      recommendations: [{ authorId: 'pengawas-1' }],
    });
  });

  it.each<[string, Array<[AssessmentCommand, 'supervisor' | 'tim_kinerja']>, string]>([
    [
      'finalize without ratings',
      [[{ type: 'finalize' }, 'supervisor']],
      'ASSESSMENT_RATINGS_REQUIRED',
    ],
    [
      'finalize with one rating',
      [
        [{ type: 'set_rating', workResultRating: 'meets_expectations' }, 'supervisor'],
        [{ type: 'finalize' }, 'supervisor'],
      ],
      'ASSESSMENT_RATINGS_REQUIRED',
    ],
    [
      'empty recommendation',
      [[{ type: 'recommend', recommendation: { authorId: 'p', text: ' ' } }, 'tim_kinerja']],
      'RECOMMENDATION_EMPTY',
    ],
    [
      'Tim Kinerja rating',
      [[{ type: 'set_rating', workResultRating: 'meets_expectations' }, 'tim_kinerja']],
      'ROLE_NOT_ALLOWED',
    ],
  ])('refuses %s', (_name, commands, code) => {
    const result = run(commands);
    expect(!result.ok && result.code).toBe(code);
  });

  it('a final assessment never changes (fast-check)', () => {
    const rating = fc.constantFrom(...RATINGS);
    const command = fc.oneof(
      fc.record({
        type: fc.constant('set_rating' as const),
        workResultRating: rating,
        workBehaviourRating: rating,
      }),
      fc.record({
        type: fc.constant('recommend' as const),
        recommendation: fc.record({ authorId: fc.string(), text: fc.string() }),
      }),
      fc.constant({ type: 'finalize' as const }),
    );
    const step = fc.record({ command, role: fc.constantFrom(...PARTICIPANT_ROLES) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        let assessment: AssessmentRecord = EMPTY_ASSESSMENT;
        let final: AssessmentRecord | null = null;
        for (const { command: c, role } of steps) {
          const result = applyAssessmentCommand({ assessment, command: c, role });
          if (final) expect(result.ok).toBe(false);
          if (result.ok) assessment = result.assessment;
          if (assessment.state === 'final') {
            final ??= assessment;
            expect(assessment).toEqual(final);
            expect(assessment.predikat).not.toBeNull();
          }
        }
      }),
    );
  });
});

describe('isAssessmentVisibleToEmployee (domain.md §3.9)', () => {
  it('shows the assessed person only a final assessment', () => {
    expect(isAssessmentVisibleToEmployee('draft')).toBe(false);
    expect(isAssessmentVisibleToEmployee('final')).toBe(true);
  });
});
