import { describe, expect, it } from 'vitest';
import {
  CAREER_LEVEL_CODES,
  careerLevelOf,
  type CareerLevelCode,
} from '../catalogues/career-levels';
import { DomainError } from '../errors/domain-error';
import {
  angkaKredit,
  maxAngkaKreditViaSkp,
  PREDIKAT_PERCENTAGES,
  roundAngkaKredit,
} from './angka-kredit';
import { PREDIKAT_LABELS, PREDIKATS } from './ratings';

describe('angka kredit (PermenPANRB 1/2023) — domain.md §5.4', () => {
  it.each([
    // Predikat | % of koefisien
    ['Sangat Baik', 150],
    ['Baik', 100],
    ['Butuh Perbaikan', 75],
    ['Kurang/Misconduct', 50],
    ['Sangat Kurang', 25],
  ])('%s = %i%%', (label, percent) => {
    const predikat = PREDIKATS.find((p) => PREDIKAT_LABELS[p].id === label)!;
    expect(PREDIKAT_PERCENTAGES[predikat]).toBe(percent);
  });

  it.each<[CareerLevelCode, string, number, number]>([
    // Jenjang | Koefisien / tahun | Max via SKP (150%)
    ['ahli_pertama', 'Ahli Pertama', 12.5, 18.75],
    ['ahli_muda', 'Ahli Muda', 25, 37.5],
    ['ahli_madya', 'Ahli Madya', 37.5, 56.25],
    ['ahli_utama', 'Ahli Utama', 50, 75],
  ])('%s (%s): koefisien %d, max via SKP %d', (code, name, coefficient, max) => {
    expect(careerLevelOf(code).name).toBe(name);
    expect(careerLevelOf(code).annualCoefficient.value).toBe(coefficient);
    expect(maxAngkaKreditViaSkp(code)).toBe(max);
    expect(angkaKredit({ predikat: 'baik', careerLevel: code })).toBe(coefficient);
  });

  it('worked example: Guru Ahli Madya, Baik → 100% × 37,5 = 37,5', () => {
    expect(angkaKredit({ predikat: 'baik', careerLevel: 'ahli_madya' })).toBe(37.5);
  });

  it.each([
    // Prorated for shorter periods: (months/12) × koefisien × persentase [I]
    ['sangat_baik', 'ahli_pertama', 6, 9.375],
    ['baik', 'ahli_madya', 6, 18.75],
    ['butuh_perbaikan', 'ahli_madya', 12, 28.125],
    ['sangat_kurang', 'ahli_utama', 3, 3.125],
    ['kurang', 'ahli_muda', 1, 1.0416666666666667],
  ] as const)('%s, %s, %i months → %d', (predikat, careerLevel, months, expected) => {
    expect(angkaKredit({ predikat, careerLevel, months })).toBeCloseTo(expected, 12);
  });

  it('is monotone in predikat for every jenjang', () => {
    for (const careerLevel of CAREER_LEVEL_CODES) {
      const values = PREDIKATS.map((predikat) => angkaKredit({ predikat, careerLevel }));
      expect([...values].sort((a, b) => b - a)).toEqual(values);
    }
  });

  it.each([0, 13, 6.5, -1, Number.NaN])('rejects %d months with INVALID_MONTHS', (months) => {
    expect(() => angkaKredit({ predikat: 'baik', careerLevel: 'ahli_muda', months })).toThrow(
      DomainError,
    );
  });

  it('rounds to three decimals', () => {
    expect(roundAngkaKredit(1.0416666)).toBe(1.042);
    expect(roundAngkaKredit(18.75)).toBe(18.75);
  });
});
