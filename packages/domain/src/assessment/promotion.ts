import { findByCode } from '../catalogues/catalogue';
import { promotionThresholds } from '../catalogues/promotion-thresholds';
import { ranks, type GolonganRuang } from '../catalogues/ranks';
import { angkaKredit } from './angka-kredit';
import type { Predikat } from './ratings';

/** How far an employee is from the next golongan/ruang. */
export type PromotionProgress = {
  readonly next: GolonganRuang;
  readonly threshold: number;
  readonly remaining: number;
  readonly isEligible: boolean;
  readonly isCareerLevelPromotion: boolean;
};

/** Distance to the next promotion threshold, counted within the jenjang; null at the top — domain.md §5.4. */
export function promotionProgress(options: {
  golonganRuang: GolonganRuang;
  accumulatedAngkaKredit: number;
}): PromotionProgress | null {
  const row = findByCode(promotionThresholds, options.golonganRuang);
  if (!row) return null;
  const remaining = Math.max(0, row.threshold - options.accumulatedAngkaKredit);
  return {
    next: row.next,
    threshold: row.threshold,
    remaining,
    isEligible: remaining === 0,
    isCareerLevelPromotion: row.isCareerLevelPromotion,
  };
}

/** Whole years at a constant predikat until the next threshold; null at the top or without a jenjang. */
export function yearsToPromotion(options: {
  golonganRuang: GolonganRuang;
  accumulatedAngkaKredit: number;
  predikat: Predikat;
}): number | null {
  const progress = promotionProgress(options);
  const careerLevel = findByCode(ranks, options.golonganRuang)?.careerLevel;
  if (!progress || !careerLevel) return null;
  const perYear = angkaKredit({ predikat: options.predikat, careerLevel });
  return Math.ceil(progress.remaining / perYear);
}
