import type { Catalogue } from './catalogue';
import type { GolonganRuang } from './ranks';

/** Angka kredit needed to leave a golongan/ruang, counted within the jenjang — domain.md §5.4. */
export type PromotionThreshold = {
  readonly code: GolonganRuang;
  readonly next: GolonganRuang;
  /** "Kebutuhan AK" exactly as listed in the PAK table. */
  readonly listedRequirement: number;
  /** Integration range of the golongan within its jenjang: [rangeStart, threshold]. */
  readonly rangeStart: number;
  readonly threshold: number;
  /** Whether reaching `next` also moves to the next jenjang jabatan. */
  readonly isCareerLevelPromotion: boolean;
};

type Row = [
  GolonganRuang,
  GolonganRuang,
  listed: number,
  start: number,
  end: number,
  jump: boolean,
];

// PAK table [C] PAK-KONV; reading the thresholds as cumulative within the jenjang is [I] — domain.md §5.4.
const ROWS: readonly Row[] = [
  ['III/a', 'III/b', 50, 0, 50, false],
  ['III/b', 'III/c', 100, 50, 100, true],
  ['III/c', 'III/d', 100, 0, 100, false],
  ['III/d', 'IV/a', 200, 100, 200, true],
  ['IV/a', 'IV/b', 150, 0, 150, false],
  ['IV/b', 'IV/c', 150, 150, 300, false],
  ['IV/c', 'IV/d', 450, 300, 450, true],
  ['IV/d', 'IV/e', 200, 0, 200, false],
];

/** Promotion thresholds of PermenPANRB 1/2023 (PAK table) — domain.md §5.4. */
export const promotionThresholds: Catalogue<PromotionThreshold> = {
  id: 'promotion-thresholds',
  version: '2023.1',
  title: { id: 'Kebutuhan Angka Kredit Kenaikan Pangkat', en: 'Angka kredit needed for promotion' },
  sourceKeys: ['PAK-KONV'],
  items: ROWS.map(([code, next, listedRequirement, rangeStart, threshold, jump]) => ({
    code,
    next,
    listedRequirement,
    rangeStart,
    threshold,
    isCareerLevelPromotion: jump,
  })),
  missing: [],
};
