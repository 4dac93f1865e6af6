import { can } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { forbidden } from '../../lib/app-error.js';
import { loadActor } from '../plan-context/plan-actor.js';

/** 403 unless the person is an Admin: only they edit catalogues (`catalogue.edit`, AUTHORITY.md). */
export async function requireCatalogueEditor(
  db: Db,
  personId: string,
  periodId: string,
): Promise<void> {
  const actor = await loadActor(db, personId, periodId);
  if (!can(actor, 'catalogue.edit').allowed) {
    throw forbidden('Hanya Admin yang dapat melihat riwayat dan mengubah katalog.');
  }
}
