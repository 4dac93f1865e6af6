import { messageFor, type MessageCode, type MessageParams } from '../errors/messages';
import { DEFAULT_LOCALE, type Locale, type LocalizedText } from '../i18n/locale';
import { PREDIKATS, PREDIKAT_LABELS, type Predikat } from './ratings';

/** Capaian Kinerja Organisasi levels — domain.md §5.3. */
export const ORGANISATION_ACHIEVEMENTS = [
  'istimewa',
  'baik',
  'butuh_perbaikan',
  'kurang',
  'sangat_kurang',
] as const;

/** A capaian kinerja organisasi. */
export type OrganisationAchievement = (typeof ORGANISATION_ACHIEVEMENTS)[number];

/** Official labels of the organisation achievement levels. */
export const ORGANISATION_ACHIEVEMENT_LABELS: {
  readonly [A in OrganisationAchievement]: LocalizedText;
} = {
  istimewa: { id: 'Istimewa', en: 'Outstanding' },
  baik: { id: 'Baik', en: 'Good' },
  butuh_perbaikan: { id: 'Butuh Perbaikan (Cukup)', en: 'Needs improvement (Fair)' },
  kurang: { id: 'Kurang', en: 'Poor' },
  sangat_kurang: { id: 'Sangat Kurang', en: 'Very poor' },
};

/** One guidance rule on the share of predikat in an organisation. */
export type DistributionRule =
  | {
      readonly kind: 'max_share' | 'min_share';
      readonly predikats: readonly Predikat[];
      readonly percent: number;
    }
  | { readonly kind: 'dominant'; readonly predikats: readonly [Predikat] }
  | { readonly kind: 'required'; readonly predikats: readonly Predikat[] };

/** Distribution guidance per capaian organisasi (PermenPANRB 6/2022 + SE MenPANRB) — domain.md §5.3. */
export const DISTRIBUTION_RULES: {
  readonly [A in OrganisationAchievement]: readonly DistributionRule[];
} = {
  istimewa: [
    { kind: 'dominant', predikats: ['sangat_baik'] },
    { kind: 'max_share', predikats: ['sangat_baik'], percent: 70 },
  ],
  baik: [
    { kind: 'dominant', predikats: ['baik'] },
    { kind: 'max_share', predikats: ['baik'], percent: 70 },
    { kind: 'required', predikats: ['butuh_perbaikan', 'kurang'] },
  ],
  butuh_perbaikan: [
    { kind: 'min_share', predikats: ['butuh_perbaikan'], percent: 60 },
    { kind: 'max_share', predikats: ['sangat_baik'], percent: 10 },
  ],
  kurang: [
    { kind: 'min_share', predikats: ['kurang'], percent: 60 },
    { kind: 'min_share', predikats: ['butuh_perbaikan'], percent: 10 },
    { kind: 'max_share', predikats: ['sangat_baik'], percent: 10 },
  ],
  sangat_kurang: [
    { kind: 'min_share', predikats: ['sangat_kurang'], percent: 60 },
    { kind: 'min_share', predikats: ['kurang', 'butuh_perbaikan'], percent: 10 },
    { kind: 'max_share', predikats: ['sangat_baik'], percent: 0 },
  ],
};

/** A distribution warning (guidance, never a block: enforcement in Ruang GTK is not confirmed). */
export type DistributionWarning = {
  readonly code: MessageCode;
  readonly params: MessageParams;
  readonly message: string;
};

type Counts = { readonly [P in Predikat]: number };

function countOf(predikats: readonly Predikat[]): Counts {
  const counts = Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const predikat of predikats) counts[predikat] += 1;
  return counts;
}

function violation(
  rule: DistributionRule,
  counts: Counts,
  total: number,
): { code: MessageCode; share: number } | null {
  const count = rule.predikats.reduce((sum, p) => sum + counts[p], 0);
  const share = (count * 100) / total;
  switch (rule.kind) {
    case 'max_share':
      return share > rule.percent ? { code: 'DISTRIBUTION_SHARE_ABOVE_MAX', share } : null;
    case 'min_share':
      return share < rule.percent ? { code: 'DISTRIBUTION_SHARE_BELOW_MIN', share } : null;
    case 'required':
      return count === 0 ? { code: 'DISTRIBUTION_REQUIRED_MISSING', share } : null;
    case 'dominant':
      // "Sebagian besar" read as the most frequent predikat [I].
      return PREDIKATS.some((p) => counts[p] > count)
        ? { code: 'DISTRIBUTION_NOT_DOMINANT', share }
        : null;
  }
}

/** Warns where a school's predikat distribution departs from the guidance for its achievement — domain.md §5.3. */
export function checkDistribution(options: {
  achievement: OrganisationAchievement;
  predikats: readonly Predikat[];
  locale?: Locale;
}): DistributionWarning[] {
  const total = options.predikats.length;
  if (total === 0) return [];
  const locale = options.locale ?? DEFAULT_LOCALE;
  const counts = countOf(options.predikats);
  return DISTRIBUTION_RULES[options.achievement].flatMap((rule) => {
    const found = violation(rule, counts, total);
    if (!found) return [];
    const params = {
      predikat: rule.predikats.map((p) => PREDIKAT_LABELS[p][locale]).join(' / '),
      share: Math.round(found.share * 10) / 10,
      limit: 'percent' in rule ? rule.percent : 0,
      achievement: ORGANISATION_ACHIEVEMENT_LABELS[options.achievement][locale],
    };
    return [{ code: found.code, params, message: messageFor(found.code, locale, params) }];
  });
}
