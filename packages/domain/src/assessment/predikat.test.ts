import { describe, expect, it } from 'vitest';
import { predikatFor } from './predikat';
import { PREDIKAT_LABELS, RATINGS, RATING_LABELS, type Rating } from './ratings';

// PermenPANRB 6/2022 matrix — domain.md §5.2, reproduced cell by cell.
// Rows: Rating Hasil Kerja; columns: Rating Perilaku Kerja (Di Bawah, Sesuai, Di Atas).
const TABLE: ReadonlyArray<[string, [string, string, string]]> = [
  ['Di Atas Ekspektasi', ['Kurang/Misconduct', 'Baik', 'Sangat Baik']],
  ['Sesuai Ekspektasi', ['Kurang/Misconduct', 'Baik', 'Baik']],
  ['Di Bawah Ekspektasi', ['Sangat Kurang', 'Butuh Perbaikan', 'Butuh Perbaikan']],
];
const COLUMNS = ['Di Bawah Ekspektasi', 'Sesuai Ekspektasi', 'Di Atas Ekspektasi'];
const byLabel = (label: string) => RATINGS.find((r) => RATING_LABELS[r].id === label) as Rating;

const cells = TABLE.flatMap(([row, predikats]) =>
  predikats.map((predikat, i) => [row, COLUMNS[i]!, predikat] as const),
);

describe('predikat kinerja (domain.md §5.2)', () => {
  it('has all nine cells', () => {
    expect(cells).toHaveLength(9);
  });

  it.each(cells)(
    'Hasil Kerja %s × Perilaku Kerja %s → %s',
    (workResult, workBehaviour, expected) => {
      const predikat = predikatFor({
        workResultRating: byLabel(workResult),
        workBehaviourRating: byLabel(workBehaviour),
      });
      expect(PREDIKAT_LABELS[predikat].id).toBe(expected);
    },
  );
});
