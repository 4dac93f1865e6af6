import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../common/dates';
import { PARTICIPANT_ROLES } from '../common/transition';
import type { PeriodVersion } from '../periods/period-versions';
import { ruleSetFor } from '../rule-sets/registry';
import {
  exampleValidDraft,
  testCatalogues,
  TEST_COMPETENCY_INDICATOR,
} from '../testing/example-plans';
import {
  applyPlanCommand,
  newPlanRecord,
  type PlanCommand,
  type PlanRecord,
} from './plan-commands';
import type { PlanDraft } from './plan-draft';
import { PLAN_STATES } from './plan-machine';
import { validatePlan } from './validate-plan';

const RHKS = [
  'pelatihan_mandiri',
  'observasi_praktik_pembelajaran',
  'penggerak_komunitas_belajar',
  'peserta_berbagi_praktik_baik',
  'xyz',
];
const DUTIES = [
  { code: 'wali_kelas', skReference: 'SK 1' },
  { code: 'guru_piket', skReference: '' },
  { code: 'ketua_program_keahlian', skReference: 'SK 2' },
];

function draftArbitrary(version: PeriodVersion): fc.Arbitrary<PlanDraft> {
  const base = exampleValidDraft({ periodVersion: version });
  return fc
    .record({
      practiceIndicatorCode: fc.constantFrom(
        null,
        'penerapan_disiplin_positif',
        'aktivasi_interaktif',
        'xyz',
      ),
      competencyRhkCodes: fc.subarray(RHKS),
      competencyIndicatorCode: fc.constantFrom(null, TEST_COMPETENCY_INDICATOR.code, 'nope'),
      additionalDuties: fc.subarray(DUTIES),
      isPersonalDataConfirmed: fc.boolean(),
      isWorkBehaviourComplete: fc.boolean(),
      schoolLevel: fc.constantFrom('sma' as const, 'sma' as const, 'sd' as const),
    })
    .map(({ isWorkBehaviourComplete, ...fields }) => ({
      ...base,
      ...fields,
      workBehaviour: isWorkBehaviourComplete
        ? base.workBehaviour
        : { loyal: { behaviourCode: 'loyal_a', supervisorExpectation: 'x' } },
    }));
}

const NATURAL_ROLE: Record<PlanCommand['type'], Step['role']> = {
  start: 'employee',
  save_draft: 'employee',
  submit: 'employee',
  approve: 'supervisor',
  return: 'supervisor',
  resolve_supervisor: 'system',
  change_rhk: 'employee',
};

// Weighted so that sequences often reach approved plans and RHK changes, not just refusals.
function commandArbitrary(version: PeriodVersion): fc.Arbitrary<PlanCommand> {
  const base = exampleValidDraft({ periodVersion: version });
  const draft = fc.oneof(
    { weight: 2, arbitrary: fc.constant(base) },
    { weight: 1, arbitrary: draftArbitrary(version) },
  );
  const change = fc
    .record({
      rhk: fc.constantFrom(
        undefined,
        ['penggerak_komunitas_belajar'],
        ['penggerak_komunitas_belajar', 'narasumber_berbagi_praktik_baik'],
        ['pelatihan_mandiri'],
        ['xyz'],
      ),
      duties: fc.constantFrom(undefined, [], [DUTIES[1]!], [DUTIES[0]!, DUTIES[2]!]),
      ok: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)),
    })
    .map(({ rhk, duties, ok }): PlanCommand => ({
      type: 'change_rhk',
      change: {
        ...(rhk ? { competencyRhkCodes: rhk } : {}),
        ...(duties ? { additionalDuties: duties } : {}),
      },
      isDiscussionConfirmed: ok,
    }));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant<PlanCommand>({ type: 'start' }) },
    { weight: 2, arbitrary: draft.map((d): PlanCommand => ({ type: 'save_draft', draft: d })) },
    { weight: 3, arbitrary: fc.constant<PlanCommand>({ type: 'submit' }) },
    { weight: 2, arbitrary: fc.constant<PlanCommand>({ type: 'approve' }) },
    { weight: 1, arbitrary: fc.constant<PlanCommand>({ type: 'return', note: 'perbaiki' }) },
    { weight: 1, arbitrary: fc.constant<PlanCommand>({ type: 'resolve_supervisor' }) },
    { weight: 4, arbitrary: change },
  );
}

type Step = {
  role: (typeof PARTICIPANT_ROLES)[number];
  command: PlanCommand;
  approval: 'manual' | 'automatic' | 'blocked';
  dayOffset: number;
};

const stepArbitrary = (version: PeriodVersion): fc.Arbitrary<Step> =>
  fc
    .record({
      command: commandArbitrary(version),
      randomRole: fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        fc.constantFrom(...PARTICIPANT_ROLES),
      ),
      approval: fc.constantFrom(
        'manual' as const,
        'manual' as const,
        'automatic' as const,
        'blocked' as const,
      ),
      dayOffset: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 0, max: 60 }) },
        fc.integer({ min: 0, max: 364 }),
      ),
    })
    .map(({ command, randomRole, approval, dayOffset }) => ({
      command,
      role: randomRole ?? NATURAL_ROLE[command.type],
      approval,
      dayOffset,
    }));

function simulate(version: PeriodVersion, steps: readonly Step[]) {
  const ruleSet = ruleSetFor(version);
  let plan: PlanRecord = newPlanRecord(exampleValidDraft({ periodVersion: version }));
  const trace: Array<{ before: PlanRecord; after: PlanRecord; type: PlanCommand['type'] }> = [];
  for (const step of steps) {
    const today = addDays(ruleSet.startDate, step.dayOffset);
    const context = { ruleSet, approval: step.approval, today, catalogues: testCatalogues };
    const result = applyPlanCommand({ plan, command: step.command, role: step.role, context });
    if (result.ok) {
      trace.push({ before: plan, after: result.plan, type: step.command.type });
      plan = result.plan;
    }
  }
  return trace;
}

describe.each(['2024-S1', '2026'] as const)('plan properties %s (fast-check)', (version) => {
  const steps = fc.array(stepArbitrary(version), { minLength: 10, maxLength: 40 });

  it('the generator exercises approved plans and successful RHK changes (seeded sample)', () => {
    const traces = fc
      .sample(steps, { numRuns: 200, seed: 20240101 })
      .map((sequence) => simulate(version, sequence));
    const reachesApproved = traces.filter((t) =>
      t.some((x) => x.after.state === 'approved'),
    ).length;
    expect(reachesApproved).toBeGreaterThan(20);
    if (ruleSetFor(version).rhkChange.isAllowed) {
      expect(
        traces.filter((t) =>
          t.some(
            (x) =>
              x.type === 'change_rhk' &&
              x.before.state === 'approved' &&
              x.after.draft !== x.before.draft,
          ),
        ).length,
      ).toBeGreaterThan(10);
    }
  });

  it('no sequence of actions reaches an invalid state: submitted/approved plans always validate', () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        for (const { after } of simulate(version, sequence)) {
          expect(PLAN_STATES).toContain(after.state);
          if (after.state === 'submitted' || after.state === 'approved') {
            expect(validatePlan({ draft: after.draft, catalogues: testCatalogues }).isValid).toBe(
              true,
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an approved plan changes only through the RHK-change flow, and never its practice or behaviour', () => {
    fc.assert(
      fc.property(steps, (sequence) => {
        for (const { before, after, type } of simulate(version, sequence)) {
          if (before.state !== 'approved') continue;
          expect(after.state).toBe('approved');
          if (type !== 'change_rhk') expect(after).toEqual(before);
          expect(after.draft.practiceIndicatorCode).toBe(before.draft.practiceIndicatorCode);
          expect(after.draft.workBehaviour).toEqual(before.draft.workBehaviour);
          expect(after.draft.mainDuties).toEqual(before.draft.mainDuties);
        }
      }),
      { numRuns: 200 },
    );
  });
});
