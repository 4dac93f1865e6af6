import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

/** One issued version of a final evaluation document (migration 0020). */
export type DocumentVersionRow = Omit<
  Selectable<DB['evaluationDocumentVersions']>,
  'documentData'
> & {
  dataText: string;
};

/** The newest issued version of an assessment's document, if any (locked when asked). */
export async function findLatestVersion(
  db: Db,
  assessmentId: string,
  options: { forUpdate?: boolean } = {},
): Promise<DocumentVersionRow | undefined> {
  let query = db
    .selectFrom('evaluationDocumentVersions')
    .selectAll()
    .select(sql<string>`document_data::text`.as('dataText'))
    .where('assessmentId', '=', assessmentId)
    .orderBy('versionNumber', 'desc')
    .limit(1);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const { documentData: _data, ...rest } = row;
  return rest;
}

/** The next "Nomor dokumen" counter value (a sequence: unique across instances). */
export async function nextDocumentCounter(db: Db): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`select nextval('evaluation_document_number_seq')::int as n`.execute(db);
  return rows[0]!.n;
}

/** Stores a new version (inside the caller's transaction). */
export async function insertVersion(
  trx: Db,
  values: Omit<DocumentVersionRow, 'id' | 'dataText' | 'fileHash' | 'sizeBytes'> & {
    dataText: string;
  },
): Promise<string> {
  const { dataText, ...rest } = values;
  const row = await trx
    .insertInto('evaluationDocumentVersions')
    .values({ ...rest, documentData: dataText })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Records the rendered bytes of a version once; a version's file never changes afterwards. */
export async function setVersionFile(
  db: Db,
  options: { id: string; fileHash: string; sizeBytes: number },
): Promise<void> {
  await db
    .updateTable('evaluationDocumentVersions')
    .set({ fileHash: options.fileHash, sizeBytes: options.sizeBytes })
    .where('id', '=', options.id)
    .where('fileHash', 'is', null)
    .execute();
}

/** A version by id (after a concurrent render, to serve the bytes that won). */
export async function findVersionById(db: Db, id: string): Promise<DocumentVersionRow> {
  const row = await db
    .selectFrom('evaluationDocumentVersions')
    .selectAll()
    .select(sql<string>`document_data::text`.as('dataText'))
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const { documentData: _data, ...rest } = row;
  return rest;
}
