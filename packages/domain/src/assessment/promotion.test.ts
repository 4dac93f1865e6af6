import { describe, expect, it } from 'vitest';
import { findByCode } from '../catalogues/catalogue';
import { promotionThresholds } from '../catalogues/promotion-thresholds';
import type { GolonganRuang } from '../catalogues/ranks';
import { promotionProgress, yearsToPromotion } from './promotion';

describe('promotion thresholds (PAK table) — domain.md §5.4', () => {
  it.each<[GolonganRuang, GolonganRuang, number, number, number]>([
    // from → to | kebutuhan AK as listed | integration range within the jenjang
    ['III/a', 'III/b', 50, 0, 50],
    ['III/b', 'III/c', 100, 50, 100],
    ['III/c', 'III/d', 100, 0, 100],
    ['III/d', 'IV/a', 200, 100, 200],
    ['IV/a', 'IV/b', 150, 0, 150],
    ['IV/b', 'IV/c', 150, 150, 300],
    ['IV/c', 'IV/d', 450, 300, 450],
    ['IV/d', 'IV/e', 200, 0, 200],
  ])('%s → %s: kebutuhan %i, range %i–%i', (code, next, listed, start, end) => {
    expect(findByCode(promotionThresholds, code)).toMatchObject({
      next,
      listedRequirement: listed,
      rangeStart: start,
      threshold: end,
    });
  });

  it('has no promotion above IV/e or for golongan II', () => {
    expect(promotionProgress({ golonganRuang: 'IV/e', accumulatedAngkaKredit: 300 })).toBeNull();
    expect(promotionProgress({ golonganRuang: 'II/d', accumulatedAngkaKredit: 0 })).toBeNull();
    expect(
      yearsToPromotion({ golonganRuang: 'IV/e', accumulatedAngkaKredit: 0, predikat: 'baik' }),
    ).toBeNull();
  });

  it.each<[GolonganRuang, number, object]>([
    [
      'III/a',
      12.5,
      {
        next: 'III/b',
        threshold: 50,
        remaining: 37.5,
        isEligible: false,
        isCareerLevelPromotion: false,
      },
    ],
    ['III/b', 100, { next: 'III/c', remaining: 0, isEligible: true, isCareerLevelPromotion: true }],
    ['IV/b', 250, { next: 'IV/c', threshold: 300, remaining: 50 }],
    ['IV/c', 500, { remaining: 0, isEligible: true }],
  ])('%s with %d AK', (golonganRuang, accumulatedAngkaKredit, expected) => {
    expect(promotionProgress({ golonganRuang, accumulatedAngkaKredit })).toMatchObject(expected);
  });

  it.each([
    // Ahli Madya IV/a: 150 AK needed; Baik = 37,5/year → 4 years; Sangat Baik = 56,25 → 3 years
    ['IV/a', 0, 'baik', 4],
    ['IV/a', 0, 'sangat_baik', 3],
    // Ahli Pertama III/a: 50 AK; Baik = 12,5/year → 4 years; already 45 → 1 year
    ['III/a', 0, 'baik', 4],
    ['III/a', 45, 'baik', 1],
    ['III/a', 50, 'baik', 0],
  ] as const)(
    '%s from %i AK at %s → %i years',
    (golonganRuang, accumulatedAngkaKredit, predikat, years) => {
      expect(yearsToPromotion({ golonganRuang, accumulatedAngkaKredit, predikat })).toBe(years);
    },
  );
});
