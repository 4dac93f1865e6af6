import type { Catalogue, CatalogueId } from './catalogue';
import { ALL_CATALOGUES } from './registry';
import { isGapMarker, type Gap } from './sourced';

/** One value the sources do not give, located for an administrator to fill. */
export type CatalogueGap = {
  readonly catalogueId: CatalogueId;
  readonly version: string;
  /** Where in the catalogue, e.g. `items[1].name` or `missing[0]`. */
  readonly path: string;
  readonly source: string;
  readonly note?: string;
};

function collect(value: unknown, path: string, found: Array<{ path: string; gap: Gap }>): void {
  if (isGapMarker(value)) {
    found.push({ path, gap: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, `${path}[${index}]`, found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      collect(child, path === '' ? key : `${path}.${key}`, found);
    }
  }
}

/** Every gap in the catalogues (default: all seeded ones) — domain.md §8.1. */
export function listCatalogueGaps(
  catalogues: readonly Catalogue<unknown>[] = ALL_CATALOGUES,
): CatalogueGap[] {
  return catalogues.flatMap((catalogue) => {
    const found: Array<{ path: string; gap: Gap }> = [];
    collect({ items: catalogue.items, missing: catalogue.missing }, '', found);
    return found.map(({ path, gap }) => {
      const base = {
        catalogueId: catalogue.id,
        version: catalogue.version,
        path,
        source: gap.source,
      };
      return gap.note === undefined ? base : { ...base, note: gap.note };
    });
  });
}
