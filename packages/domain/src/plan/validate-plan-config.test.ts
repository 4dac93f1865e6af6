import { describe, expect, it } from 'vitest';
import { seedCatalogues } from '../catalogues/registry';
import { ruleSetFor } from '../rule-sets/registry';
import type { RuleSet } from '../rule-sets/rule-set';
import { exampleValidDraft, testCatalogues } from '../testing/example-plans';
import { emptyPlanDraft, type PlanDraft } from './plan-draft';
import { competencyPoints } from './competency-activities';
import { validatePlan } from './validate-plan';

const rhk =
  (...codes: string[]) =>
  (d: PlanDraft): PlanDraft => ({ ...d, competencyRhkCodes: codes });

const problemsOf = (
  version: '2024-S1' | '2025',
  mutate: (d: PlanDraft) => PlanDraft,
  options: { ruleSet: RuleSet },
) =>
  validatePlan({
    draft: mutate(exampleValidDraft({ periodVersion: version })),
    ruleSet: options.ruleSet,
    catalogues: testCatalogues,
  });

describe('validatePlan: rule-set data drives the limits (a new year is a data change)', () => {
  const base = ruleSetFor('2024-S1');
  const withPoints = (minPoints: number, recommendedMaxPoints: number): RuleSet => ({
    ...base,
    competency: {
      mode: 'points',
      catalogueId: 'competency-rhk-2024',
      minPoints,
      recommendedMaxPoints,
      maxCountPerActivity: 16,
    },
  });

  it.each([
    // 8 + 8 + 8 + 4 = 28 points
    [28, 128, [], true],
    [29, 128, ['COMPETENCY_POINTS_BELOW_MIN'], false],
    // Above the recommended maximum is only a warning — domain.md §3.3 "dianjurkan"
    [8, 20, ['COMPETENCY_POINTS_ABOVE_RECOMMENDED'], true],
  ])('min %i, max %i → %j (valid %s)', (min, max, codes, isValid) => {
    const mutate = rhk(
      'pelatihan_mandiri',
      'observasi_praktik_pembelajaran',
      'narasumber_berbagi_praktik_baik',
      'peserta_berbagi_praktik_baik',
    );
    const result = problemsOf('2024-S1', mutate, { ruleSet: withPoints(min, max) });
    expect(result.problems.map((p) => p.code)).toEqual(codes);
    expect(result.isValid).toBe(isValid);
  });

  it('requires a focus main duty when the rule set says so', () => {
    const ruleSet: RuleSet = { ...ruleSetFor('2025'), mainDuties: { isFocusRequired: true } };
    const result = problemsOf(
      '2025',
      (d) => ({ ...d, mainDuties: { ...d.mainDuties, focusCode: null } }),
      { ruleSet },
    );
    expect(result.problems.map((p) => p.code)).toEqual(['MAIN_DUTIES_FOCUS_REQUIRED']);
  });

  it('counts every planned instance of known activities (activities repeat — §4.5)', () => {
    const catalogue = seedCatalogues.competencyRhks['competency-rhk-2024']!;
    expect(
      competencyPoints({
        rhkCodes: ['penggerak_komunitas_belajar', 'penggerak_komunitas_belajar', 'x'],
        catalogue,
      }),
    ).toBe(72);
    expect(
      competencyPoints({
        rhkCodes: ['pelatihan_mandiri', 'peserta_berbagi_praktik_baik'],
        catalogue,
      }),
    ).toBe(12);
  });
});

describe('validatePlan: messages and defaults', () => {
  it('localizes messages, Indonesian by default, with parameters', () => {
    const draft = rhk('pelatihan_mandiri')(exampleValidDraft({ periodVersion: '2024-S1' }));
    const [id] = validatePlan({ draft }).problems;
    const [en] = validatePlan({ draft, locale: 'en' }).problems;
    expect(id?.message).toBe('Total poin Pengembangan Kompetensi 8; minimal 32 poin.');
    expect(en?.message).toBe('Competency development totals 8 points; at least 32 are required.');
    expect(id?.params).toEqual({ total: 8, min: 32, max: 128 });
    expect(id?.field).toBe('competencyRhkCodes');
  });

  it('uses the seed catalogues by default: 2025+ indicators are a gap, so no indicator validates yet', () => {
    const draft = exampleValidDraft({ periodVersion: '2025' });
    expect(validatePlan({ draft }).problems.map((p) => p.code)).toEqual([
      'COMPETENCY_INDICATOR_UNKNOWN',
    ]);
  });

  it('a blank draft reports every required tab', () => {
    const draft = emptyPlanDraft({
      periodVersion: '2026',
      employeeKind: 'teacher',
      schoolLevel: 'sd',
    });
    const result = validatePlan({ draft, catalogues: testCatalogues });
    const tabsWithErrors = result.tabs.filter((t) => t.problems.length > 0).map((t) => t.tab);
    expect(tabsWithErrors).toEqual([
      'pre_planning',
      'main_duties',
      'practice',
      'competency',
      'work_behaviour',
    ]);
    expect(result.problems.filter((p) => p.code === 'WORK_BEHAVIOUR_VALUE_REQUIRED')).toHaveLength(
      7,
    );
  });
});
