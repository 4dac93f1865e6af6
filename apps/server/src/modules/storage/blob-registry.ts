import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import type { BlobStore, StagedBlob, StoredBlob } from '../../lib/blob-store/index.js';
import type { Clock } from '../../lib/context.js';

/**
 * Every column that names a blob by its hash. A blob referenced from any row — a current or a
 * superseded evidence slot (kept history), a work in Bukti Karya, a Modul Ajar, an issued version of
 * a final evaluation document — is kept. Roster and Rapor Pendidikan imports keep no file; other
 * generated documents (plan PDFs, ZIPs) are rendered on request.
 * `blob-registry.test.ts` compares this list with the database's columns.
 */
export const BLOB_REFERENCES = [
  'karya.file_hash',
  'evidence_slots.file_hash',
  'practice_cycles.modul_ajar_hash',
  'evaluation_document_versions.file_hash',
] as const;

/** Whether no row references the registry row's hash (for `where`). */
export const isUnreferenced = (eb: ExpressionBuilder<DB, 'storedBlobs'>) =>
  eb.and([
    eb.not(
      eb.exists(
        eb
          .selectFrom('karya')
          .select(sql.lit(1).as('x'))
          .whereRef('karya.fileHash', '=', 'storedBlobs.hash'),
      ),
    ),
    eb.not(
      eb.exists(
        eb
          .selectFrom('evidenceSlots')
          .select(sql.lit(1).as('x'))
          .whereRef('evidenceSlots.fileHash', '=', 'storedBlobs.hash'),
      ),
    ),
    eb.not(
      eb.exists(
        eb
          .selectFrom('practiceCycles')
          .select(sql.lit(1).as('x'))
          .whereRef('practiceCycles.modulAjarHash', '=', 'storedBlobs.hash'),
      ),
    ),
    eb.not(
      eb.exists(
        eb
          .selectFrom('evaluationDocumentVersions')
          .select(sql.lit(1).as('x'))
          .whereRef('evaluationDocumentVersions.fileHash', '=', 'storedBlobs.hash'),
      ),
    ),
  ]);

/** Records that a blob was stored now (again): its grace period starts over. */
export async function recordStoredBlob(db: Db, blob: StoredBlob, now: Date): Promise<void> {
  await db
    .insertInto('storedBlobs')
    .values({ hash: blob.hash, sizeBytes: blob.size, storedAt: now })
    .onConflict((oc) => oc.column('hash').doUpdateSet({ storedAt: now, sizeBytes: blob.size }))
    .execute();
}

/**
 * The blob store with every commit recorded in `stored_blobs` *before* the blob becomes visible.
 * The upsert waits for a collector that holds the row (it commits its delete first), and a fresh
 * `stored_at` keeps the collector away until the row that names the blob has long been written.
 * Call `commit` outside any transaction (it writes through `db`; PGlite has a single connection).
 */
export function withBlobRegistry(store: BlobStore, db: Db, clock: Clock): BlobStore {
  async function stage(...args: Parameters<BlobStore['stage']>): Promise<StagedBlob> {
    const staged = await store.stage(...args);
    const commit = async () => {
      await recordStoredBlob(db, staged, clock());
      await staged.commit();
    };
    return { ...staged, commit };
  }
  return {
    kind: store.kind,
    tmpDir: store.tmpDir,
    stage,
    async put(stream, options) {
      const staged = await stage(stream, options);
      try {
        await staged.commit();
      } finally {
        await staged.discard();
      }
      return { hash: staged.hash, size: staged.size };
    },
    get: (hash) => store.get(hash),
    has: (hash) => store.has(hash),
    list: () => store.list(),
    delete: (hash) => store.delete(hash),
  };
}

/**
 * Adds the blobs the store holds but the registry does not know (stored before the registry
 * existed, or by a process killed between the two) as stored now, so they get a full grace period.
 */
export async function reconcileBlobRegistry(db: Db, store: BlobStore, now: Date): Promise<number> {
  let added = 0;
  let batch: StoredBlob[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch.map((b) => ({ hash: b.hash, sizeBytes: b.size, storedAt: now }));
    const inserted = await db
      .insertInto('storedBlobs')
      .values(rows)
      .onConflict((oc) => oc.column('hash').doNothing())
      .returning('hash')
      .execute();
    added += inserted.length;
    batch = [];
  };
  for await (const blob of store.list()) {
    batch.push(blob);
    if (batch.length >= 500) await flush();
  }
  await flush();
  return added;
}
