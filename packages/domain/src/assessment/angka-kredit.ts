import { careerLevelOf, type CareerLevelCode } from '../catalogues/career-levels';
import { DomainError } from '../errors/domain-error';
import type { Predikat } from './ratings';

/** Percentage of the annual coefficient per predikat (PermenPANRB 1/2023, PAK-KONV) — domain.md §5.4. */
export const PREDIKAT_PERCENTAGES: { readonly [P in Predikat]: number } = {
  sangat_baik: 150,
  baik: 100,
  butuh_perbaikan: 75,
  kurang: 50,
  sangat_kurang: 25,
};

function assertMonths(months: number): void {
  if (!Number.isInteger(months) || months < 1 || months > 12) {
    throw new DomainError('INVALID_MONTHS', { details: { months } });
  }
}

/** Angka kredit = percentage(predikat) × coefficient(jenjang) × months/12 — domain.md §5.4. */
export function angkaKredit(options: {
  predikat: Predikat;
  careerLevel: CareerLevelCode;
  /** Months assessed; shorter periods (2024 semesters, mutations) are prorated [I]. Default 12. */
  months?: number;
}): number {
  const months = options.months ?? 12;
  assertMonths(months);
  const coefficient = careerLevelOf(options.careerLevel).annualCoefficient.value;
  // One division keeps table values exact in binary floating point.
  return (PREDIKAT_PERCENTAGES[options.predikat] * coefficient * months) / 1200;
}

/** The most angka kredit a year of SKP can earn (Sangat Baik, 150%) — domain.md §5.4. */
export function maxAngkaKreditViaSkp(careerLevel: CareerLevelCode): number {
  return angkaKredit({ predikat: 'sangat_baik', careerLevel });
}

/** Rounds angka kredit to three decimals, as PAK documents print them. */
export function roundAngkaKredit(value: number): number {
  return Math.round(value * 1000) / 1000;
}
