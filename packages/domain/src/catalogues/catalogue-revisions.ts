import { formatLongDate, type IsoDate } from '../common/dates';
import type { Locale } from '../i18n/locale';
import type { Catalogue, CatalogueId } from './catalogue';
import type { CatalogueSet } from './registry';

// Catalogues as data (domain.md §8 item 4): the code catalogues stay the defaults and every edit
// an administrator makes is a revision holding the entry's whole new value. A plan pins the
// newest revision of its period when it is started, so an edit applies to plans started after
// it while the plans before keep the text they were made with (issue 13 item 3).

/** One edit of one catalogue entry of a period: the entry's full value after the edit. */
export type CatalogueRevision = {
  /** Increasing over all periods: later edits have larger ids. */
  readonly id: number;
  readonly catalogueId: CatalogueId;
  readonly entryCode: string;
  /** The whole entry (an item of the catalogue), already validated when it was stored. */
  readonly entry: unknown;
  readonly createdOn: IsoDate;
};

/** The revision a plan reads by: null follows the newest (plans started before pinning existed). */
export type CataloguePin = number | null;

/** The revisions a pin sees, oldest first. */
export function revisionsInForce(
  revisions: readonly CatalogueRevision[],
  pin: CataloguePin,
): CatalogueRevision[] {
  return revisions
    .filter((revision) => pin === null || revision.id <= pin)
    .sort((a, b) => a.id - b.id);
}

/** The pin a plan started now records: the newest revision of its period, 0 when none. */
export function pinForNewPlan(revisions: readonly CatalogueRevision[]): number {
  return revisions.reduce((newest, revision) => Math.max(newest, revision.id), 0);
}

/** A catalogue with the revisions in force applied: an entry is replaced by code or added. */
export function resolveCatalogue<TItem extends { readonly code: string }>(
  catalogue: Catalogue<TItem>,
  revisions: readonly CatalogueRevision[],
  pin: CataloguePin,
): Catalogue<TItem> {
  const own = revisionsInForce(revisions, pin).filter((r) => r.catalogueId === catalogue.id);
  if (own.length === 0) return catalogue;
  const items = [...catalogue.items];
  for (const revision of own) {
    const entry = revision.entry as TItem;
    const index = items.findIndex((item) => item.code === revision.entryCode);
    if (index >= 0) items[index] = entry;
    else items.push(entry);
  }
  return { ...catalogue, items };
}

type Table<T> = Readonly<Partial<Record<CatalogueId, Catalogue<T>>>>;

function resolveTable<T extends { readonly code: string }>(
  table: Table<T>,
  revisions: readonly CatalogueRevision[],
  pin: CataloguePin,
): Table<T> {
  const resolved: Partial<Record<CatalogueId, Catalogue<T>>> = {};
  for (const [id, catalogue] of Object.entries(table) as Array<[CatalogueId, Catalogue<T>]>) {
    resolved[id] = resolveCatalogue(catalogue, revisions, pin);
  }
  return resolved;
}

/** The editable catalogues of a set (Praktik Kinerja, tugas tambahan, kompetensi) as pinned. */
export function resolveCatalogueSet(
  set: CatalogueSet,
  revisions: readonly CatalogueRevision[],
  pin: CataloguePin,
): CatalogueSet {
  return {
    ...set,
    practiceIndicators: resolveTable(set.practiceIndicators, revisions, pin),
    additionalDuties: resolveTable(set.additionalDuties, revisions, pin),
    competencyRhks: resolveTable(set.competencyRhks, revisions, pin),
    competencyIndicators: resolveTable(set.competencyIndicators, revisions, pin),
  };
}

/** Which version of a period's catalogues a pin reads: the count of edits and the last one's date. */
export type CatalogueVersion = { readonly number: number; readonly date: IsoDate | null };

/** The catalogue version a pin sees (0: the defaults, never edited). */
export function catalogueVersion(
  revisions: readonly CatalogueRevision[],
  pin: CataloguePin,
): CatalogueVersion {
  const seen = revisionsInForce(revisions, pin);
  const last = seen.at(-1);
  return { number: seen.length, date: last ? last.createdOn : null };
}

/** "Katalog versi 3, 12 Desember 2026" — what a plan shows of the catalogue it was made with. */
export function catalogueVersionLabel(version: CatalogueVersion, locale: Locale): string {
  if (version.number === 0 || version.date === null) {
    return locale === 'en' ? 'Default catalogue' : 'Katalog bawaan (belum pernah diubah)';
  }
  const date = formatLongDate(version.date, locale);
  return locale === 'en'
    ? `Catalogue version ${version.number}, ${date}`
    : `Katalog versi ${version.number}, ${date}`;
}
