import { describe, expect, it } from 'vitest';
import { INSTRUKSI_PEMBELAJARAN_TARGETS } from '../catalogues/practice-rubrics';
import { ruleSetFor } from '../rule-sets/registry';
import {
  customFocusCode,
  emptyPracticeRecord,
  isPreparationTextRequired,
  observationItems,
  observationProgress,
} from './practice-record';

describe('practice record (domain.md §2.3, §3.9)', () => {
  it('starts at Diskusi Persiapan with nothing filled', () => {
    const record = emptyPracticeRecord();
    expect(record.state).toBe('preparation_discussion');
    expect(record.items).toBeNull();
    expect(observationProgress(record)).toEqual({ rated: 0, total: 0 });
  });

  it('rates every target behaviour, focus ones marked', () => {
    const preparation = {
      ...emptyPracticeRecord().preparation,
      focusBehaviourCodes: ['instruksi_pembelajaran_3'],
    };
    const items = observationItems({ targets: INSTRUKSI_PEMBELAJARAN_TARGETS, preparation });
    expect(items.map((item) => item.isFocus)).toEqual([false, false, true]);
    expect(items[0]?.text).toBe(INSTRUKSI_PEMBELAJARAN_TARGETS[0]?.text);
  });

  it('counts rated items', () => {
    const record = {
      ...emptyPracticeRecord(),
      items: [
        { code: customFocusCode(0), text: 'a', isFocus: true },
        { code: customFocusCode(1), text: 'b', isFocus: true },
      ],
      observation: {
        ratings: {
          fokus_1: { rating: 'done_effective' as const, note: '' },
          fokus_2: { rating: null, note: 'catatan' },
        },
        generalNote: '',
      },
    };
    expect(observationProgress(record)).toEqual({ rated: 1, total: 2 });
  });

  it.each([
    ['2024-S1', false],
    ['2024-S2', false],
    ['2025', true],
    ['2026', true],
  ] as const)('%s requires the written fields of A: %s', (version, expected) => {
    expect(isPreparationTextRequired(ruleSetFor(version))).toBe(expected);
  });
});
