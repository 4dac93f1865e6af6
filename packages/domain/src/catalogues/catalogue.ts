import type { LocalizedText } from '../i18n/locale';
import type { Gap } from './sourced';

/** Ids of the seeded catalogues — domain.md §4, architecture.md §3. */
export type CatalogueId =
  | 'practice-indicators-teacher'
  | 'practice-indicators-principal'
  | 'berakhlak'
  | 'main-duties'
  | 'main-duties-principal'
  | 'additional-duties-2024'
  | 'additional-duties-2025'
  | 'competency-rhk-2024'
  | 'competency-indicators-2025'
  | 'competency-indicators-principal'
  | 'ranks'
  | 'career-levels'
  | 'promotion-thresholds';

/** Versioned, editable catalogue data with its sources and the entries known to be missing. */
export type Catalogue<TItem> = {
  readonly id: CatalogueId;
  readonly version: string;
  readonly title: LocalizedText;
  readonly sourceKeys: readonly string[];
  readonly items: readonly TItem[];
  /** Entries the sources do not give at all (e.g. "rows 7+ not retrievable"). */
  readonly missing: readonly Gap[];
};

/** Finds an item by its `code`, or undefined. */
export function findByCode<TItem extends { readonly code: string }>(
  catalogue: Catalogue<TItem>,
  code: string,
): TItem | undefined {
  return catalogue.items.find((item) => item.code === code);
}
