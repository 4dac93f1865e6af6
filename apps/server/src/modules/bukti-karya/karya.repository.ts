import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

/** A stored work of Bukti Karya. */
export type KaryaRow = Selectable<DB['karya']>;

/** A work with how many evidence slots use it. */
export type KaryaWithUse = KaryaRow & { usedCount: number };

/** One work of its owner; undefined for someone else's (existence is private). */
export async function findOwnKarya(
  db: Db,
  key: { id: string; ownerId: string },
  options: { forUpdate?: boolean } = {},
): Promise<KaryaRow | undefined> {
  let query = db
    .selectFrom('karya')
    .selectAll()
    .where('id', '=', key.id)
    .where('ownerId', '=', key.ownerId);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The owner's works, newest first, with their use as evidence. */
export async function listOwnKarya(db: Db, ownerId: string): Promise<KaryaWithUse[]> {
  const rows = await db
    .selectFrom('karya as k')
    .selectAll('k')
    .select((eb) =>
      eb
        .selectFrom('evidenceSlots as s')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('s.karyaId', '=', 'k.id')
        .as('usedCount'),
    )
    .where('k.ownerId', '=', ownerId)
    .orderBy('k.createdAt', 'desc')
    .orderBy('k.id')
    .execute();
  return rows.map((row) => ({ ...row, usedCount: Number(row.usedCount ?? 0) }));
}

/** How many evidence slots (current or history) use a work. */
export async function countKaryaUse(db: Db, karyaId: string): Promise<number> {
  const row = await db
    .selectFrom('evidenceSlots')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('karyaId', '=', karyaId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts a work (inside the caller's transaction). */
export async function insertKarya(trx: Db, values: Omit<KaryaRow, 'id'>): Promise<KaryaRow> {
  return trx.insertInto('karya').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Deletes a work row; its blob stays (content-addressed, possibly shared). */
export async function deleteKarya(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('karya').where('id', '=', id).execute();
}
