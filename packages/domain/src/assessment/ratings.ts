import type { LocalizedText } from '../i18n/locale';

/** Ratings of Hasil Kerja and Perilaku Kerja (PermenPANRB 6/2022) — domain.md §5.1. */
export const RATINGS = ['above_expectations', 'meets_expectations', 'below_expectations'] as const;

/** A rating: above, meets or below expectations. */
export type Rating = (typeof RATINGS)[number];

/** Official rating labels — domain.md §5.1. */
export const RATING_LABELS: { readonly [R in Rating]: LocalizedText } = {
  above_expectations: { id: 'Di Atas Ekspektasi', en: 'Above expectations' },
  meets_expectations: { id: 'Sesuai Ekspektasi', en: 'Meets expectations' },
  below_expectations: { id: 'Di Bawah Ekspektasi', en: 'Below expectations' },
};

/** The five predikat kinerja, best first — domain.md §5.2. */
export const PREDIKATS = [
  'sangat_baik',
  'baik',
  'butuh_perbaikan',
  'kurang',
  'sangat_kurang',
] as const;

/** A predikat kinerja. */
export type Predikat = (typeof PREDIKATS)[number];

/** Official predikat labels — domain.md §5.2. */
export const PREDIKAT_LABELS: { readonly [P in Predikat]: LocalizedText } = {
  sangat_baik: { id: 'Sangat Baik', en: 'Very good' },
  baik: { id: 'Baik', en: 'Good' },
  butuh_perbaikan: { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  kurang: { id: 'Kurang/Misconduct', en: 'Poor/Misconduct' },
  sangat_kurang: { id: 'Sangat Kurang', en: 'Very poor' },
};
