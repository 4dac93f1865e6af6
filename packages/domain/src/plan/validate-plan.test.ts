import { describe, expect, it } from 'vitest';
import type { PeriodVersion } from '../periods/period-versions';
import { ruleSetFor } from '../rule-sets/registry';
import type { RuleSet } from '../rule-sets/rule-set';
import { exampleValidDraft, testCatalogues } from '../testing/example-plans';
import type { PlanDraft } from './plan-draft';
import { validatePlan } from './validate-plan';

type Mutation = (draft: PlanDraft) => PlanDraft;
type Expected = [tab: string, code: string, severity?: 'error' | 'warning'];

const rhk =
  (...codes: string[]): Mutation =>
  (d) => ({ ...d, competencyRhkCodes: codes });
const duty =
  (code: string, skReference = 'SK 1/2025'): Mutation =>
  (d) => ({ ...d, additionalDuties: [{ code, skReference }] });
const behaviour =
  (
    value: string,
    choice: { behaviourCode: string | null; supervisorExpectation: string } | undefined,
  ): Mutation =>
  (d) => ({ ...d, workBehaviour: { ...d.workBehaviour, [value]: choice } });

const problemsOf = (
  version: PeriodVersion,
  mutate: Mutation,
  options: { ruleSet?: RuleSet; kind?: 'teacher' | 'principal'; level?: 'sd' | 'sma' } = {},
) => {
  const draft = mutate(
    exampleValidDraft({
      periodVersion: version,
      employeeKind: options.kind,
      schoolLevel: options.level,
    }),
  );
  return validatePlan({ draft, ruleSet: options.ruleSet, catalogues: testCatalogues });
};

describe('validatePlan: messages name a tugas tambahan by its label, never its code (§4.4)', () => {
  it.each([
    [
      '2025',
      duty('wali_kelas', ' '),
      {},
      'Isi nomor SK / Surat Tugas untuk tugas tambahan "Wali Kelas".',
    ],
    [
      '2026',
      duty('pembina_osis'),
      { level: 'sd' as const },
      'Tugas tambahan "Pembina OSIS" tidak tersedia untuk jenjang SD.',
    ],
    [
      '2026',
      duty('wali_kelas'),
      { kind: 'principal' as const },
      'Kepala Sekolah tidak memilih tugas tambahan; hapus "Wali Kelas".',
    ],
  ] as const)('%s: %s', (version, mutate, options, message) => {
    const [problem] = problemsOf(version, mutate, options).problems;
    expect(problem?.message).toBe(message);
    expect(problem?.message).not.toMatch(/[a-z]+_[a-z]+/);
  });
});

describe('validatePlan: the example drafts are valid (fixture sanity)', () => {
  it.each(['2024-S1', '2024-S2', '2025', '2026'] as const)(
    '%s teacher and principal drafts have no problems',
    (version) => {
      expect(problemsOf(version, (d) => d).problems).toEqual([]);
      expect(problemsOf(version, (d) => d, { kind: 'principal' }).isValid).toBe(true);
    },
  );

  it('returns one entry per tab in the rule set order', () => {
    const result = problemsOf('2026', (d) => d);
    expect(result.tabs.map((t) => t.tab)).toEqual(ruleSetFor('2026').tabs);
  });
});

describe('validatePlan: one problem per broken rule, on the right tab', () => {
  it.each<
    [string, PeriodVersion, Mutation, Expected | null, { kind?: 'principal'; level?: 'sd' }?]
  >([
    // Praktik Kinerja: exactly one sub-indicator — domain.md §3.3, §3.5 [C]
    [
      'no practice indicator',
      '2024-S1',
      (d) => ({ ...d, practiceIndicatorCode: null }),
      ['practice', 'PRACTICE_EXACTLY_ONE'],
    ],
    [
      'empty practice code',
      '2026',
      (d) => ({ ...d, practiceIndicatorCode: '' }),
      ['practice', 'PRACTICE_EXACTLY_ONE'],
    ],
    [
      'unknown practice code',
      '2025',
      (d) => ({ ...d, practiceIndicatorCode: 'xyz' }),
      ['practice', 'PRACTICE_INDICATOR_UNKNOWN'],
    ],
    // Principals pick from D3, not D1 — domain.md §3.8
    [
      'principal picks a D1 code',
      '2024-S1',
      (d) => ({ ...d, practiceIndicatorCode: 'penerapan_disiplin_positif' }),
      ['practice', 'PRACTICE_INDICATOR_UNKNOWN'],
      { kind: 'principal' },
    ],
    // D3 item 2 is a gap in the catalogue, never a choice — domain.md §4.2, §8.1
    [
      'principal picks the unnamed D3 item 2',
      '2026',
      (d) => ({ ...d, practiceIndicatorCode: 'd3_indicator_2' }),
      ['practice', 'PRACTICE_INDICATOR_UNKNOWN'],
      { kind: 'principal' },
    ],
    // A principal's tugas pokok are the principal's, not the teacher's 5M — domain.md §3.8 [I]
    [
      "principal picks a teacher's tugas pokok",
      '2026',
      (d) => ({
        ...d,
        mainDuties: { dutyCodes: ['merencanakan_pembelajaran'], focusCode: null },
      }),
      ['main_duties', 'MAIN_DUTY_UNKNOWN'],
      { kind: 'principal' },
    ],
    [
      "teacher picks a principal's tugas pokok",
      '2025',
      (d) => ({
        ...d,
        mainDuties: { dutyCodes: ['melaksanakan_tugas_manajerial'], focusCode: null },
      }),
      ['main_duties', 'MAIN_DUTY_UNKNOWN'],
    ],
    // A principal picks no tugas tambahan (wali kelas is a teacher's) — domain.md §4.4 [I]
    [
      'principal picks Wali Kelas (2026)',
      '2026',
      duty('wali_kelas'),
      ['main_duties', 'ADDITIONAL_DUTY_NOT_FOR_PRINCIPAL'],
      { kind: 'principal' },
    ],
    [
      'principal picks Wali Kelas without SK (2024)',
      '2024-S1',
      duty('wali_kelas', ''),
      ['additional_duties', 'ADDITIONAL_DUTY_NOT_FOR_PRINCIPAL'],
      { kind: 'principal' },
    ],
    // SD teachers have tugas tambahan in 2025+ too — domain.md §4.4 [I]
    ['2026 SD teacher picks Wali Kelas', '2026', duty('wali_kelas'), null, { level: 'sd' }],
    [
      '2026 SD teacher picks Pembina OSIS',
      '2026',
      duty('pembina_osis'),
      ['main_duties', 'ADDITIONAL_DUTY_NOT_FOR_SCHOOL_LEVEL'],
      { level: 'sd' },
    ],
    // 2024 competency points ≥ 32 — domain.md §3.3 [C] HC-POIN24
    [
      '16 points',
      '2024-S1',
      rhk('pelatihan_mandiri', 'observasi_praktik_pembelajaran'),
      ['competency', 'COMPETENCY_POINTS_BELOW_MIN'],
    ],
    ['no RHK', '2024-S2', rhk(), ['competency', 'COMPETENCY_POINTS_BELOW_MIN']],
    ['36 points from one RHK', '2024-S1', rhk('penggerak_komunitas_belajar'), null],
    [
      'unknown RHK',
      '2024-S1',
      rhk('penggerak_komunitas_belajar', 'xyz'),
      ['competency', 'COMPETENCY_RHK_UNKNOWN'],
    ],
    // Row 6 has no known points (domain.md §4.5): not selectable until an administrator fills it
    [
      'RHK with unknown points',
      '2024-S1',
      rhk('penggerak_komunitas_belajar', 'pelatihan_jangka_pendek_menengah'),
      ['competency', 'COMPETENCY_RHK_POINTS_UNKNOWN'],
    ],
    [
      // An activity repeats: its points add up — domain.md §4.5.
      'activity planned twice is valid',
      '2024-S1',
      rhk('penggerak_komunitas_belajar', 'penggerak_komunitas_belajar'),
      null,
    ],
    [
      'activity above its count limit',
      '2024-S1',
      rhk(...Array.from({ length: 17 }, () => 'peserta_berbagi_praktik_baik')),
      ['competency', 'COMPETENCY_ACTIVITY_COUNT_ABOVE_MAX'],
    ],
    [
      'indicator in a points period',
      '2024-S1',
      (d) => ({ ...d, competencyIndicatorCode: 'x' }),
      ['competency', 'COMPETENCY_INDICATOR_NOT_APPLICABLE'],
    ],
    // 2025+: exactly one indicator, no points — domain.md §3.5 [C]
    [
      'RHKs in an indicator period',
      '2025',
      rhk('pelatihan_mandiri'),
      ['competency', 'COMPETENCY_RHK_NOT_APPLICABLE'],
    ],
    [
      'no competency indicator',
      '2026',
      (d) => ({ ...d, competencyIndicatorCode: null }),
      ['competency', 'COMPETENCY_EXACTLY_ONE_INDICATOR'],
    ],
    [
      'unknown competency indicator',
      '2025',
      (d) => ({ ...d, competencyIndicatorCode: 'nope' }),
      ['competency', 'COMPETENCY_INDICATOR_UNKNOWN'],
    ],
    // Tugas tambahan: own tab in 2024, main-duties tab from 2025 — domain.md §3.3, §3.5
    [
      'unknown duty 2024',
      '2024-S1',
      duty('nope'),
      ['additional_duties', 'ADDITIONAL_DUTY_UNKNOWN'],
    ],
    [
      'SMK-only duty at an SD',
      '2024-S1',
      duty('ketua_program_keahlian'),
      ['additional_duties', 'ADDITIONAL_DUTY_NOT_FOR_SCHOOL_LEVEL'],
      { level: 'sd' },
    ],
    ['2024 duty without SK number (uploaded later)', '2024-S1', duty('wali_kelas', ''), null],
    [
      '2025 duty without SK number',
      '2025',
      duty('wali_kelas', '  '),
      ['main_duties', 'ADDITIONAL_DUTY_SK_REQUIRED'],
    ],
    ['no additional duty (optional)', '2025', (d) => ({ ...d, additionalDuties: [] }), null],
    [
      'duplicate duty',
      '2026',
      (d) => ({
        ...d,
        additionalDuties: [
          { code: 'wali_kelas', skReference: 'a' },
          { code: 'wali_kelas', skReference: 'b' },
        ],
      }),
      ['main_duties', 'DUPLICATE_CODE'],
    ],
    // Tugas pokok (5M) — domain.md §3.5
    [
      'no main duty',
      '2025',
      (d) => ({ ...d, mainDuties: { dutyCodes: [], focusCode: null } }),
      ['main_duties', 'MAIN_DUTIES_REQUIRED'],
    ],
    [
      'unknown main duty',
      '2025',
      (d) => ({ ...d, mainDuties: { dutyCodes: ['x'], focusCode: null } }),
      ['main_duties', 'MAIN_DUTY_UNKNOWN'],
    ],
    [
      'duplicate main duty',
      '2025',
      (d) => ({
        ...d,
        mainDuties: {
          dutyCodes: ['melaksanakan_pembelajaran', 'melaksanakan_pembelajaran'],
          focusCode: null,
        },
      }),
      ['main_duties', 'DUPLICATE_CODE'],
    ],
    [
      'focus outside the chosen duties',
      '2026',
      (d) => ({
        ...d,
        mainDuties: {
          dutyCodes: ['merencanakan_pembelajaran'],
          focusCode: 'menilai_hasil_pembelajaran',
        },
      }),
      ['main_duties', 'MAIN_DUTIES_FOCUS_NOT_SELECTED'],
    ],
    [
      'no focus ("dapat memilih" = optional)',
      '2025',
      (d) => ({ ...d, mainDuties: { ...d.mainDuties, focusCode: null } }),
      null,
    ],
    [
      'main duties ignored in 2024 (no tab)',
      '2024-S1',
      (d) => ({ ...d, mainDuties: { dutyCodes: [], focusCode: null } }),
      null,
    ],
    // Perilaku Kerja — domain.md §3.3 note, §3.7 [C] SEED1
    [
      '2025 value without behaviour',
      '2025',
      behaviour('akuntabel', undefined),
      ['work_behaviour', 'WORK_BEHAVIOUR_VALUE_REQUIRED'],
    ],
    [
      'behaviour of another value',
      '2025',
      behaviour('akuntabel', { behaviourCode: 'loyal_a', supervisorExpectation: 'x' }),
      ['work_behaviour', 'WORK_BEHAVIOUR_UNKNOWN'],
    ],
    [
      '2025 blank expectation (filled by the KS)',
      '2025',
      behaviour('loyal', { behaviourCode: 'loyal_b', supervisorExpectation: '' }),
      null,
    ],
    [
      '2026 blank expectation',
      '2026',
      behaviour('loyal', { behaviourCode: 'loyal_b', supervisorExpectation: ' ' }),
      ['work_behaviour', 'SUPERVISOR_EXPECTATION_REQUIRED'],
    ],
    [
      '2024 no behaviour at all',
      '2024-S1',
      (d) => ({ ...d, workBehaviour: {} }),
      ['work_behaviour', 'WORK_BEHAVIOUR_MIN_VALUES'],
    ],
    [
      '2024 one value is enough [I]',
      '2024-S1',
      (d) => ({
        ...d,
        workBehaviour: { adaptif: { behaviourCode: 'adaptif_c', supervisorExpectation: '' } },
      }),
      null,
    ],
    [
      '2024 empty behaviour code does not count',
      '2024-S1',
      (d) => ({
        ...d,
        workBehaviour: { adaptif: { behaviourCode: '', supervisorExpectation: '' } },
      }),
      ['work_behaviour', 'WORK_BEHAVIOUR_MIN_VALUES'],
    ],
    // Pra-Perencanaan (2026 only) — domain.md §2.2, §3.7
    [
      '2026 data not confirmed',
      '2026',
      (d) => ({ ...d, isPersonalDataConfirmed: false }),
      ['pre_planning', 'PRE_PLANNING_NOT_CONFIRMED'],
    ],
    [
      // "Data sudah sesuai" is required in every version, reported on the first tab — domain.md §3.2.
      '2025 data diri not checked',
      '2025',
      (d) => ({ ...d, isPersonalDataConfirmed: false }),
      ['main_duties', 'PERSONAL_DATA_NOT_CONFIRMED'],
    ],
    [
      '2024 data diri not checked',
      '2024-S2',
      (d) => ({ ...d, isPersonalDataConfirmed: false }),
      ['practice', 'PERSONAL_DATA_NOT_CONFIRMED'],
    ],
  ])('%s (%s)', (_name, version, mutate, expected, options) => {
    const result = problemsOf(version, mutate, options ?? {});
    if (expected === null) {
      expect(result.problems).toEqual([]);
      expect(result.isValid).toBe(true);
      return;
    }
    const [tab, code, severity = 'error'] = expected;
    expect(result.problems.map((p) => [p.tab, p.code, p.severity])).toEqual([
      [tab, code, severity],
    ]);
    expect(result.isValid).toBe(false);
  });
});
