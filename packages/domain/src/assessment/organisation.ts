import type { LocalizedText } from '../i18n/locale';
import {
  checkDistribution,
  ORGANISATION_ACHIEVEMENT_LABELS,
  type DistributionWarning,
  type OrganisationAchievement,
} from './distribution';
import { PREDIKATS, type Predikat, type Rating } from './ratings';

// The leader's Rating Hasil Kerja is the organisation's capaian [C] POSTINGNEWS — domain.md §5.3.
// PermenPANRB 6/2022 reads it the other way (Istimewa → Di Atas, Baik → Sesuai, the rest → Di Bawah);
// taking the mildest level for "Di Bawah Ekspektasi" is our inference [I].
const ACHIEVEMENT_OF_RATING: { readonly [R in Rating]: OrganisationAchievement } = {
  above_expectations: 'istimewa',
  meets_expectations: 'baik',
  below_expectations: 'butuh_perbaikan',
};

/** The school's capaian kinerja organisasi from its principal's Rating Hasil Kerja — domain.md §5.3. */
export function organisationAchievementFor(
  leaderWorkResultRating: Rating,
): OrganisationAchievement {
  return ACHIEVEMENT_OF_RATING[leaderWorkResultRating];
}

/** The label of a capaian kinerja organisasi. */
export function organisationAchievementLabel(achievement: OrganisationAchievement): LocalizedText {
  return ORGANISATION_ACHIEVEMENT_LABELS[achievement];
}

/** How many employees hold each predikat. */
export type PredikatCounts = { readonly [P in Predikat]: number };

/** Counts predikat, every predikat present with 0 when absent. */
export function countPredikats(predikats: readonly Predikat[]): PredikatCounts {
  const counts = Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const predikat of predikats) counts[predikat] += 1;
  return counts;
}

/** The organisation side of an assessment: the capaian and the distribution guidance. */
export type OrganisationCheck = {
  readonly achievement: OrganisationAchievement | null;
  readonly counts: PredikatCounts;
  readonly total: number;
  /** Guidance only, never a block: enforcement in Ruang GTK is not confirmed — domain.md §5.3. */
  readonly warnings: readonly DistributionWarning[];
};

/**
 * The school's distribution check: its capaian (from the principal's Rating Hasil Kerja, null while
 * unknown) and the warnings of §5.3 for the predikat of its employees.
 */
export function checkOrganisation(options: {
  leaderWorkResultRating: Rating | null;
  predikats: readonly Predikat[];
  locale?: 'id' | 'en';
}): OrganisationCheck {
  const { leaderWorkResultRating, predikats } = options;
  const achievement = leaderWorkResultRating
    ? organisationAchievementFor(leaderWorkResultRating)
    : null;
  const warnings = achievement
    ? checkDistribution({
        achievement,
        predikats,
        ...(options.locale ? { locale: options.locale } : {}),
      })
    : [];
  return { achievement, counts: countPredikats(predikats), total: predikats.length, warnings };
}
