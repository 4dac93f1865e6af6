import type { Predikat, Rating } from './ratings';

/** Rows: Rating Hasil Kerja; columns: Rating Perilaku Kerja. */
export type PredikatMatrix = {
  readonly [R in Rating]: { readonly [B in Rating]: Predikat };
};

/** The predikat matrix of PermenPANRB 6/2022 — domain.md §5.2. */
export const PREDIKAT_MATRIX: PredikatMatrix = {
  above_expectations: {
    below_expectations: 'kurang',
    meets_expectations: 'baik',
    above_expectations: 'sangat_baik',
  },
  meets_expectations: {
    below_expectations: 'kurang',
    meets_expectations: 'baik',
    above_expectations: 'baik',
  },
  below_expectations: {
    below_expectations: 'sangat_kurang',
    meets_expectations: 'butuh_perbaikan',
    above_expectations: 'butuh_perbaikan',
  },
};

/** The predikat from the work-result rating and the work-behaviour rating. */
export function predikatFor(options: {
  workResultRating: Rating;
  workBehaviourRating: Rating;
}): Predikat {
  return PREDIKAT_MATRIX[options.workResultRating][options.workBehaviourRating];
}
