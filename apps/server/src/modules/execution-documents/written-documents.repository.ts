import type { DocumentContent, WrittenDocumentKind } from '@kinerja/domain';
import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

/** A written document row; `content` is read as text so the camel-case plugin keeps its keys. */
export type WrittenDocumentRow = Omit<Selectable<DB['writtenDocuments']>, 'content'> & {
  content: DocumentContent;
  confirmedByName: string | null;
};

type RawRow = Omit<WrittenDocumentRow, 'content'> & { contentText: string };

const parse = ({ contentText, ...row }: RawRow): WrittenDocumentRow => ({
  ...row,
  content: JSON.parse(contentText) as DocumentContent,
});

/** The written documents of a plan, by kind (a missing kind is "Belum diisi"). */
export async function findWrittenDocuments(
  db: Db,
  planId: string,
  options: { kind?: WrittenDocumentKind; forUpdate?: boolean } = {},
): Promise<Partial<Record<WrittenDocumentKind, WrittenDocumentRow>>> {
  let query = db
    .selectFrom('writtenDocuments as d')
    .selectAll('d')
    .select([
      sql<string>`d.content::text`.as('contentText'),
      (eb) =>
        eb
          .selectFrom('people as p')
          .select('p.name')
          .whereRef('p.id', '=', 'd.confirmedBy')
          .as('confirmedByName'),
    ])
    .where('d.planId', '=', planId);
  if (options.kind) query = query.where('d.kind', '=', options.kind);
  if (options.forUpdate) query = query.forUpdate('d');
  const rows = (await query.execute()) as Array<RawRow & { content: unknown }>;
  const result: Partial<Record<WrittenDocumentKind, WrittenDocumentRow>> = {};
  for (const { content: _content, ...row } of rows) result[row.kind] = parse(row);
  return result;
}

/** Inserts or updates a plan's document of a kind (inside the caller's transaction). */
export async function storeWrittenDocument(
  trx: Db,
  values: {
    planId: string;
    periodId: string;
    employeeId: string;
    schoolId: string;
    provinceCode: string;
    kind: WrittenDocumentKind;
    state: 'draft' | 'sent';
    content: DocumentContent;
    version: number;
    sentAt: Date | null;
    now: Date;
  },
): Promise<void> {
  const { now, content, ...rest } = values;
  await trx
    .insertInto('writtenDocuments')
    .values({ ...rest, content: JSON.stringify(content), createdAt: now, updatedAt: now })
    .onConflict((oc) =>
      oc.columns(['planId', 'kind']).doUpdateSet({
        state: values.state,
        content: JSON.stringify(content),
        version: values.version,
        sentAt: values.sentAt,
        updatedAt: now,
      }),
    )
    .execute();
}

/** Records the atasan's confirmation of the dokumen akuntabilitas. */
export async function storeConfirmation(
  trx: Db,
  values: { planId: string; confirmedBy: string; note: string | null; now: Date },
): Promise<void> {
  await trx
    .updateTable('writtenDocuments')
    .set({
      confirmedAt: values.now,
      confirmedBy: values.confirmedBy,
      confirmationNote: values.note,
      updatedAt: values.now,
      version: sql`version + 1`,
    })
    .where('planId', '=', values.planId)
    .where('kind', '=', 'main_duties_checklist')
    .execute();
}
