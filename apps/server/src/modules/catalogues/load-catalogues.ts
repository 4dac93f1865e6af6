import {
  catalogueVersion,
  resolveCatalogueSet,
  seedCatalogues,
  type CatalogueSet,
  type CataloguePin,
  type CatalogueVersion,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { listRevisions } from './catalogues.repository.js';

/** The catalogues a plan of the period reads by its pin, and which version that is. */
export type PinnedCatalogues = { catalogues: CatalogueSet; version: CatalogueVersion };

/**
 * The period's catalogues as a pin sees them: the code defaults with the administrator's
 * revisions up to the pin applied (issue 13 item 3; null = the newest, domain.md §8.1).
 */
export async function loadPinnedCatalogues(
  db: Db,
  periodId: string,
  pin: CataloguePin,
): Promise<PinnedCatalogues> {
  const cached = pin === null ? undefined : pinnedCache(db).get(`${periodId}#${pin}`);
  if (cached) return cached;
  const revisions = await listRevisions(db, periodId);
  const pinned = {
    catalogues: resolveCatalogueSet(seedCatalogues, revisions, pin),
    version: catalogueVersion(revisions, pin),
  };
  if (pin !== null) pinnedCache(db).set(`${periodId}#${pin}`, pinned);
  return pinned;
}

/**
 * Catalogues as a numbered pin sees them, per database. They never change, so they are kept without
 * invalidation, and every plan read or write stops re-reading the revisions (issue 15): revisions are
 * only ever inserted, edits of a period are serialized (lockPeriodCatalogues), and a pin is a
 * committed revision id, so nothing at or below it can appear later. The newest catalogues (pin
 * null) are always read. Keyed by the database's adapter, which its transactions share.
 */
const pinned = new WeakMap<object, Map<string, PinnedCatalogues>>();

function pinnedCache(db: Db): Map<string, PinnedCatalogues> {
  const key = db.getExecutor().adapter;
  let cache = pinned.get(key);
  if (!cache) pinned.set(key, (cache = new Map<string, PinnedCatalogues>()));
  return cache;
}

/** The newest catalogues of a period (for lists and new plans). */
export async function loadCatalogues(
  db: Db,
  periodId: string,
  pin: CataloguePin = null,
): Promise<CatalogueSet> {
  return (await loadPinnedCatalogues(db, periodId, pin)).catalogues;
}

/**
 * The period's catalogues for many plans at once (a school's evidence list): the revisions are
 * read once and each plan's pin resolved from them, so every plan reads the catalogue texts it was
 * started with (issue 13 item 3), not the newest.
 */
export async function pinnedCatalogueReader(
  db: Db,
  periodId: string,
): Promise<(pin: CataloguePin) => CatalogueSet> {
  const revisions = await listRevisions(db, periodId);
  const resolved = new Map<CataloguePin, CatalogueSet>();
  return (pin) => {
    let found = resolved.get(pin);
    if (!found) {
      found = resolveCatalogueSet(seedCatalogues, revisions, pin);
      resolved.set(pin, found);
    }
    return found;
  };
}
