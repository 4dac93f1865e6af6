import { describe, expect, it } from 'vitest';
import { checkDistribution, type OrganisationAchievement } from './distribution';
import type { Predikat } from './ratings';

const school = (counts: Partial<Record<Predikat, number>>): Predikat[] =>
  Object.entries(counts).flatMap(([predikat, n]) => Array<Predikat>(n).fill(predikat as Predikat));

describe('distribution of predikat vs capaian kinerja organisasi (domain.md §5.3)', () => {
  it.each<[string, OrganisationAchievement, Partial<Record<Predikat, number>>, string[]]>([
    // 1. Istimewa → most (max 70%) Sangat Baik
    ['istimewa, 70% Sangat Baik', 'istimewa', { sangat_baik: 7, baik: 3 }, []],
    [
      'istimewa, 80% Sangat Baik',
      'istimewa',
      { sangat_baik: 8, baik: 2 },
      ['DISTRIBUTION_SHARE_ABOVE_MAX'],
    ],
    [
      'istimewa, Baik dominates',
      'istimewa',
      { sangat_baik: 3, baik: 7 },
      ['DISTRIBUTION_NOT_DOMINANT'],
    ],
    // 2. Baik → most (max 70%) Baik, must have some Butuh Perbaikan and/or Kurang
    ['baik, 60% Baik with one Kurang', 'baik', { baik: 6, sangat_baik: 3, kurang: 1 }, []],
    [
      'baik, nobody below Baik',
      'baik',
      { baik: 6, sangat_baik: 4 },
      ['DISTRIBUTION_REQUIRED_MISSING'],
    ],
    ['baik, 90% Baik', 'baik', { baik: 9, butuh_perbaikan: 1 }, ['DISTRIBUTION_SHARE_ABOVE_MAX']],
    [
      'baik, Sangat Baik dominates',
      'baik',
      { sangat_baik: 5, baik: 4, butuh_perbaikan: 1 },
      ['DISTRIBUTION_NOT_DOMINANT'],
    ],
    // 3. Butuh Perbaikan/Cukup → ≥ 60% Butuh Perbaikan, Sangat Baik ≤ 10%
    [
      'butuh perbaikan, 60% / 10%',
      'butuh_perbaikan',
      { butuh_perbaikan: 6, sangat_baik: 1, baik: 3 },
      [],
    ],
    [
      'butuh perbaikan, 50% / 20%',
      'butuh_perbaikan',
      { butuh_perbaikan: 5, sangat_baik: 2, baik: 3 },
      ['DISTRIBUTION_SHARE_BELOW_MIN', 'DISTRIBUTION_SHARE_ABOVE_MAX'],
    ],
    // 4. Kurang → ≥ 60% Kurang, ≥ 10% Butuh Perbaikan, Sangat Baik ≤ 10%
    ['kurang, as guided', 'kurang', { kurang: 6, butuh_perbaikan: 1, baik: 3 }, []],
    [
      'kurang, no Butuh Perbaikan',
      'kurang',
      { kurang: 7, baik: 3 },
      ['DISTRIBUTION_SHARE_BELOW_MIN'],
    ],
    // 5. Sangat Kurang → ≥ 60% Sangat Kurang, ≥ 10% Kurang/Butuh Perbaikan, no Sangat Baik
    ['sangat kurang, as guided', 'sangat_kurang', { sangat_kurang: 6, kurang: 1, baik: 3 }, []],
    [
      'sangat kurang, one Sangat Baik',
      'sangat_kurang',
      { sangat_kurang: 6, butuh_perbaikan: 2, sangat_baik: 1, baik: 1 },
      ['DISTRIBUTION_SHARE_ABOVE_MAX'],
    ],
    ['empty school', 'baik', {}, []],
  ])('%s → %j', (_name, achievement, counts, codes) => {
    expect(
      checkDistribution({ achievement, predikats: school(counts) }).map((w) => w.code),
    ).toEqual(codes);
  });

  it('explains each warning with shares and limits, in Indonesian by default', () => {
    const [warning] = checkDistribution({
      achievement: 'istimewa',
      predikats: school({ sangat_baik: 8, baik: 2 }),
    });
    expect(warning?.params).toEqual({
      predikat: 'Sangat Baik',
      share: 80,
      limit: 70,
      achievement: 'Istimewa',
    });
    expect(warning?.message).toBe(
      'Proporsi Sangat Baik 80% melebihi batas 70% untuk capaian organisasi Istimewa.',
    );
    const [en] = checkDistribution({
      achievement: 'sangat_kurang',
      predikats: school({ sangat_kurang: 9, baik: 1 }),
      locale: 'en',
    });
    expect(en?.message).toBe(
      'The share of Poor/Misconduct / Needs improvement (0%) is below 10% for organisational achievement Very poor.',
    );
  });
});
