import { describe, expect, it } from 'vitest';
import {
  checkOrganisation,
  countPredikats,
  organisationAchievementFor,
  organisationAchievementLabel,
} from './organisation';
import type { Predikat } from './ratings';

describe('capaian kinerja organisasi (domain.md §5.3)', () => {
  it.each([
    ['above_expectations', 'istimewa', 'Istimewa'],
    ['meets_expectations', 'baik', 'Baik'],
    ['below_expectations', 'butuh_perbaikan', 'Butuh Perbaikan (Cukup)'],
  ] as const)("the principal's Rating Hasil Kerja %s → %s", (rating, achievement, label) => {
    expect(organisationAchievementFor(rating)).toBe(achievement);
    expect(organisationAchievementLabel(achievement).id).toBe(label);
  });

  it('counts every predikat, absent ones as 0', () => {
    expect(countPredikats(['baik', 'baik', 'kurang'])).toEqual({
      sangat_baik: 0,
      baik: 2,
      butuh_perbaikan: 0,
      kurang: 1,
      sangat_kurang: 0,
    });
  });
});

describe('checkOrganisation', () => {
  const allGood: Predikat[] = ['baik', 'baik', 'baik'];

  it('warns for a "Baik" school where nobody needs improvement', () => {
    const check = checkOrganisation({
      leaderWorkResultRating: 'meets_expectations',
      predikats: allGood,
    });
    expect(check.achievement).toBe('baik');
    expect(check.total).toBe(3);
    expect(check.warnings.map((w) => w.code)).toEqual([
      'DISTRIBUTION_SHARE_ABOVE_MAX',
      'DISTRIBUTION_REQUIRED_MISSING',
    ]);
  });

  it('has no warnings for a distribution that follows the guidance', () => {
    const predikats: Predikat[] = ['baik', 'baik', 'sangat_baik', 'butuh_perbaikan'];
    const check = checkOrganisation({
      leaderWorkResultRating: 'meets_expectations',
      predikats,
      locale: 'en',
    });
    expect(check.warnings).toEqual([]);
  });

  it('cannot check before the capaian is known', () => {
    expect(checkOrganisation({ leaderWorkResultRating: null, predikats: allGood })).toMatchObject({
      achievement: null,
      total: 3,
      warnings: [],
    });
  });
});
