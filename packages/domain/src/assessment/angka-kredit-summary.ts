import type { CareerLevelCode } from '../catalogues/career-levels';
import { findByCode } from '../catalogues/catalogue';
import { ranks, type GolonganRuang } from '../catalogues/ranks';
import { roundAngkaKredit } from './angka-kredit';
import { promotionProgress, type PromotionProgress } from './promotion';

/** Angka kredit earned by one final assessment. */
export type AngkaKreditEntry = {
  readonly careerLevel: CareerLevelCode;
  readonly angkaKredit: number;
};

/** The cumulative view against the next promotion — domain.md §5.4. */
export type AngkaKreditSummary = {
  /** Everything earned in the entries, whatever the jenjang. */
  readonly total: number;
  /** Earned in the current jenjang: what the PAK thresholds count [I] (see promotion-thresholds). */
  readonly withinCareerLevel: number;
  /** Null without a golongan/ruang (PPPK, non-ASN) or at the top (IV/e). */
  readonly progress: PromotionProgress | null;
};

/**
 * Sums angka kredit and compares what was earned in the current jenjang with the threshold of the
 * current golongan/ruang. A golongan outside the current jenjang (data not padan) gives no progress.
 */
export function summariseAngkaKredit(options: {
  entries: readonly AngkaKreditEntry[];
  careerLevel: CareerLevelCode | null;
  golonganRuang: GolonganRuang | null;
}): AngkaKreditSummary {
  const { entries, careerLevel, golonganRuang } = options;
  const total = roundAngkaKredit(entries.reduce((sum, entry) => sum + entry.angkaKredit, 0));
  const within = roundAngkaKredit(
    entries
      .filter((entry) => entry.careerLevel === careerLevel)
      .reduce((sum, entry) => sum + entry.angkaKredit, 0),
  );
  const rank = golonganRuang ? findByCode(ranks, golonganRuang) : undefined;
  const progress =
    golonganRuang && careerLevel && rank?.careerLevel === careerLevel
      ? promotionProgress({ golonganRuang, accumulatedAngkaKredit: within })
      : null;
  return { total, withinCareerLevel: within, progress };
}
