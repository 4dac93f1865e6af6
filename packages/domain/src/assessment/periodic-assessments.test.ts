import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import type { Periodicity } from '../rule-sets/rule-set';
import { periodicAssessmentsFor, periodicityFor } from './periodic-assessments';
import type { EvaluationDocument } from './evaluation-documents';

const facts = (document: EvaluationDocument) =>
  ({
    document,
    workResultRating: 'above_expectations',
    workBehaviourRating: 'meets_expectations',
    predikat: 'baik',
  }) as const;

describe('periodic assessments for e-Kinerja — domain.md §5.5 [C] HC-SINKPER, BLOGPEND-PERIODIK', () => {
  it.each<[string, EvaluationDocument, Periodicity, Array<[number, string, string]>]>([
    [
      '2026 annual, quarterly',
      'tahunan',
      'quarterly',
      [
        [1, '2026-01-01', '2026-03-31'],
        [2, '2026-04-01', '2026-06-30'],
        [3, '2026-07-01', '2026-09-30'],
        [4, '2026-10-01', '2026-12-31'],
      ],
    ],
    [
      '2024 semester I, quarterly',
      'semester_1',
      'quarterly',
      [
        [1, '2024-01-01', '2024-03-31'],
        [2, '2024-04-01', '2024-06-30'],
      ],
    ],
    [
      '2024 semester II, quarterly',
      'semester_2',
      'quarterly',
      [
        [3, '2024-07-01', '2024-09-30'],
        [4, '2024-10-01', '2024-12-31'],
      ],
    ],
    ['2024 Akhir repeats the semesters: none', 'akhir', 'monthly', []],
    ['no Tipe Periodik: none', 'tahunan', 'none', []],
  ])('%s', (_name, document, periodicity, expected) => {
    const version =
      document === 'tahunan' ? '2026' : document === 'semester_1' ? '2024-S1' : '2024-S2';
    const records = periodicAssessmentsFor({
      ruleSet: ruleSetFor(version),
      periodicity,
      facts: facts(document),
    });
    expect(records.map((r) => [r.angkaPeriodik, r.start, r.end])).toEqual(expected);
    for (const r of records) {
      expect([r.tipePeriodik, r.predikat, r.workResultRating, r.document]).toEqual([
        'triwulanan',
        'baik',
        'above_expectations',
        document,
      ]);
    }
  });

  it('monthly: twelve Angka Periodik, none repeated, labelled in Indonesian', () => {
    const records = periodicAssessmentsFor({
      ruleSet: ruleSetFor('2025'),
      periodicity: 'monthly',
      facts: facts('tahunan'),
    });
    expect(records.map((r) => r.angkaPeriodik)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(records[1]).toMatchObject({
      start: '2025-02-01',
      end: '2025-02-28',
      tipePeriodik: 'bulanan',
    });
    expect(records[1]!.label.id).toBe('Februari 2025');
    const quarter = periodicAssessmentsFor({
      ruleSet: ruleSetFor('2025'),
      periodicity: 'quarterly',
      facts: facts('tahunan'),
    })[0]!;
    expect(quarter.label.id).toBe('Triwulan I 2025 (Januari–Maret)');
  });

  it.each<[string, Periodicity | null, Periodicity]>([
    ['2024-S1', null, 'none'],
    ['2025', null, 'quarterly'],
    ['2026', null, 'quarterly'],
    ['2026', 'monthly', 'monthly'],
    ['2024-S2', 'quarterly', 'quarterly'],
  ])(
    'Tipe Periodik of %s (stored %s) is %s: rule-set default, editable per period',
    (version, stored, expected) => {
      const ruleSet = ruleSetFor(version);
      expect(ruleSet.periodicAssessment.isEditableDefault).toBe(true);
      expect(periodicityFor(ruleSet, stored)).toBe(expected);
    },
  );
});
