import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import type { RuleSet } from '../rule-sets/rule-set';
import { exampleValidDraft, testCatalogues } from '../testing/example-plans';
import { applyPlanCommand, newPlanRecord } from './plan-commands';
import { applyRhkChange, dutiesNeedingSk, type RhkChange } from './rhk-change';

const draft2024 = exampleValidDraft({ periodVersion: '2024-S1' });
const change = (options: {
  change: RhkChange;
  today?: string;
  isDiscussionConfirmed?: boolean;
  ruleSet?: RuleSet;
  version?: '2024-S1' | '2025';
}) =>
  applyRhkChange({
    draft: options.version === '2025' ? exampleValidDraft({ periodVersion: '2025' }) : draft2024,
    change: options.change,
    ruleSet: options.ruleSet ?? ruleSetFor(options.version ?? '2024-S1'),
    today: options.today ?? '2024-03-01',
    isDiscussionConfirmed: options.isDiscussionConfirmed ?? true,
    catalogues: testCatalogues,
  });

describe('Ubah Rencana Hasil Kerja (2024) — domain.md §3.4 [C] SEED4', () => {
  it('replaces competency RHKs and reports the superseded ones (their evidence is kept as history)', () => {
    const result = change({
      change: {
        competencyRhkCodes: ['penggerak_komunitas_belajar', 'narasumber_berbagi_praktik_baik'],
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.competencyRhkCodes).toEqual([
      'penggerak_komunitas_belajar',
      'narasumber_berbagi_praktik_baik',
    ]);
    expect(result.removedCompetencyRhkCodes).toEqual(['pelatihan_mandiri']);
    expect(result.removedAdditionalDutyCodes).toEqual([]);
    expect(result.draft.practiceIndicatorCode).toBe(draft2024.practiceIndicatorCode);
  });

  it('replaces additional duties', () => {
    const result = change({
      change: { additionalDuties: [{ code: 'guru_piket', skReference: 'ST 9' }] },
    });
    expect(result.ok && result.removedAdditionalDutyCodes).toEqual(['wali_kelas']);
  });

  it.each<[string, Parameters<typeof change>[0], string, Record<string, unknown>]>([
    [
      '2025+ has no RHK change',
      { version: '2025', change: { additionalDuties: [] } },
      'RHK_CHANGE_NOT_ALLOWED',
      {},
    ],
    // "sebelum periode penilaian dimulai": assessment starts 1 Jun 2024
    [
      'on the first assessment day',
      { today: '2024-06-01', change: { competencyRhkCodes: ['penggerak_komunitas_belajar'] } },
      'RHK_CHANGE_WINDOW_CLOSED',
      { date: '2024-06-01' },
    ],
    [
      'without "Sudah diskusi"',
      {
        isDiscussionConfirmed: false,
        change: { competencyRhkCodes: ['penggerak_komunitas_belajar'] },
      },
      'RHK_CHANGE_DISCUSSION_REQUIRED',
      {},
    ],
    [
      'nothing changed',
      { change: { competencyRhkCodes: draft2024.competencyRhkCodes } },
      'RHK_CHANGE_EMPTY',
      {},
    ],
    [
      'new selection under 32 points',
      { change: { competencyRhkCodes: ['pelatihan_mandiri'] } },
      'PLAN_HAS_PROBLEMS',
      {},
    ],
    [
      'a section the rule set does not open',
      {
        ruleSet: {
          ...ruleSetFor('2024-S1'),
          rhkChange: { isAllowed: true, categories: ['competency'], isDiscussionRequired: true },
        },
        change: { additionalDuties: [] },
      },
      'RHK_CHANGE_CATEGORY_NOT_ALLOWED',
      { category: 'additional_duties' },
    ],
  ])('refuses: %s', (_name, options, code, params) => {
    const result = change(options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.code, result.params]).toEqual([code, params]);
    if (code === 'PLAN_HAS_PROBLEMS')
      expect(result.problems?.map((p) => p.code)).toEqual(['COMPETENCY_POINTS_BELOW_MIN']);
  });

  it('requires an SK / Surat Tugas for every additional duty of a changed set', () => {
    const result = change({
      change: {
        additionalDuties: [
          { code: 'wali_kelas', skReference: 'SK 421/012/2024' },
          { code: 'guru_piket', skReference: '  ' },
        ],
      },
    });
    expect(!result.ok && [result.code, result.problems?.map((p) => [p.code, p.field])]).toEqual([
      'PLAN_HAS_PROBLEMS',
      [['ADDITIONAL_DUTY_SK_REQUIRED', 'additionalDuties[1].skReference']],
    ]);
    // A competency-only change does not re-check the duties chosen in planning.
    const competencyOnly = applyRhkChange({
      draft: { ...draft2024, additionalDuties: [{ code: 'wali_kelas', skReference: '' }] },
      change: { competencyRhkCodes: ['penggerak_komunitas_belajar'] },
      ruleSet: ruleSetFor('2024-S1'),
      today: '2024-03-01',
      isDiscussionConfirmed: true,
      catalogues: testCatalogues,
    });
    expect(competencyOnly.ok).toBe(true);
  });

  // Only a duty the employee adds, or whose SK reference they change, needs an SK now; duties kept
  // as approved are not re-asked (issue 14 item 6) — domain.md §3.4 [C] SEED4.
  const approvedWithoutSk = {
    ...draft2024,
    additionalDuties: [{ code: 'wali_kelas', skReference: '' }],
  };
  it.each<[string, Array<{ code: string; skReference: string }>, string[]]>([
    [
      'an untouched duty without SK next to a new one with SK',
      [
        { code: 'wali_kelas', skReference: '' },
        { code: 'guru_piket', skReference: 'ST 9' },
      ],
      [],
    ],
    [
      'a new duty without SK',
      [
        { code: 'wali_kelas', skReference: '' },
        { code: 'guru_piket', skReference: ' ' },
      ],
      ['additionalDuties[1].skReference'],
    ],
    [
      'a kept duty whose SK is blanked',
      [{ code: 'wali_kelas', skReference: ' ' }],
      ['additionalDuties[0].skReference'],
    ],
    ['removing a duty only', [], []],
  ])('SK / Surat Tugas: %s', (_name, duties, missing) => {
    const result = applyRhkChange({
      draft: approvedWithoutSk,
      change: { additionalDuties: duties },
      ruleSet: ruleSetFor('2024-S1'),
      today: '2024-03-01',
      isDiscussionConfirmed: true,
      catalogues: testCatalogues,
    });
    const fields = result.ok ? [] : (result.problems ?? []).map((p) => p.field);
    expect(fields).toEqual(missing);
    expect(dutiesNeedingSk(approvedWithoutSk, { additionalDuties: duties })).toEqual(
      duties.filter((d) => d.code !== 'wali_kelas' || d.skReference !== '').map((d) => d.code),
    );
  });

  it('is allowed on the last execution day', () => {
    expect(
      change({
        today: '2024-05-31',
        change: { competencyRhkCodes: ['penggerak_komunitas_belajar'] },
      }).ok,
    ).toBe(true);
  });

  it('through applyPlanCommand marks the plan "DIUBAH OLEH ANDA" and keeps it approved', () => {
    const plan = { ...newPlanRecord(draft2024), state: 'approved' as const };
    const result = applyPlanCommand({
      plan,
      role: 'employee',
      command: {
        type: 'change_rhk',
        change: { competencyRhkCodes: ['penggerak_komunitas_belajar'] },
        isDiscussionConfirmed: true,
      },
      context: {
        ruleSet: ruleSetFor('2024-S1'),
        approval: 'manual',
        today: '2024-04-01',
        catalogues: testCatalogues,
      },
    });
    expect(
      result.ok && [
        result.plan.state,
        result.plan.isChangedByEmployee,
        result.removedCompetencyRhkCodes,
      ],
    ).toEqual(['approved', true, ['pelatihan_mandiri']]);
    const refused = applyPlanCommand({
      plan,
      role: 'employee',
      command: {
        type: 'change_rhk',
        change: { competencyRhkCodes: ['x'] },
        isDiscussionConfirmed: false,
      },
      context: { ruleSet: ruleSetFor('2024-S1'), approval: 'manual', today: '2024-04-01' },
    });
    expect(!refused.ok && refused.code).toBe('RHK_CHANGE_DISCUSSION_REQUIRED');
  });
});
