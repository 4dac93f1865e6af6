import type { Db } from '../../db/database.js';
import { writeAudit } from '../../lib/audit.js';
import type { BlobStore } from '../../lib/blob-store/index.js';
import { isUnreferenced } from './blob-registry.js';

/** How long a blob no row references is kept after it was last stored. */
export const BLOB_GRACE_HOURS = 24;

const BATCH = 100;

/**
 * Deletes blobs that no row references and that were last stored before `now - grace`, batch by
 * batch. Each batch is one transaction: the registry rows are locked (SKIP LOCKED, so several
 * instances share the work and never take the same blob), the blobs are deleted from the store,
 * then the rows and one audit row commit. An upload of the same content meanwhile waits on the
 * row lock and stores the blob anew after the commit. A crash between the store's delete and the
 * commit leaves the row, and the next run deletes again (deleting an absent blob is a no-op).
 */
export async function collectUnreferencedBlobs(
  db: Db,
  store: BlobStore,
  options: { now: Date; graceHours?: number; isStopped?: () => boolean },
): Promise<{ files: number; bytes: number }> {
  const cutoff = new Date(
    options.now.getTime() - (options.graceHours ?? BLOB_GRACE_HOURS) * 3_600_000,
  );
  const total = { files: 0, bytes: 0 };
  for (;;) {
    const batch = await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('storedBlobs')
        .select(['hash', 'sizeBytes'])
        .where('storedAt', '<', cutoff)
        .where(isUnreferenced)
        .orderBy('storedAt')
        .limit(BATCH)
        .forUpdate()
        .skipLocked()
        .execute();
      if (rows.length === 0) return rows;
      for (const row of rows) await store.delete(row.hash);
      const hashes = rows.map((r) => r.hash);
      await trx.deleteFrom('storedBlobs').where('hash', 'in', hashes).execute();
      const bytes = rows.reduce((sum, r) => sum + Number(r.sizeBytes), 0);
      await writeAudit(trx, {
        at: options.now,
        actorId: null,
        action: 'blob.collect',
        entityType: 'blob_store',
        entityId: null,
        after: { hashes, bytes, graceHours: options.graceHours ?? BLOB_GRACE_HOURS },
      });
      return rows;
    });
    total.files += batch.length;
    total.bytes += batch.reduce((sum, r) => sum + Number(r.sizeBytes), 0);
    if (batch.length < BATCH || options.isStopped?.()) return total;
  }
}
