import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

/** A stored notification. */
export type NotificationRow = Selectable<DB['notifications']>;

/** What a use case writes; in the same transaction as the state change it reports. */
export type NewNotification = {
  recipientId: string;
  kind: NotificationRow['kind'];
  title: string;
  body: string;
  planId?: string | null;
  periodId?: string | null;
  dedupeKey?: string | null;
  /** The injected clock's instant (ctx.clock), never the database's now() — issue 13 item 5. */
  createdAt: Date;
};

/** The insert of a notification, for a caller sending it with other writes (issue 15). */
export function notificationInsert(trx: Db, input: NewNotification) {
  return trx
    .insertInto('notifications')
    .values({
      recipientId: input.recipientId,
      kind: input.kind,
      title: input.title,
      body: input.body,
      planId: input.planId ?? null,
      periodId: input.periodId ?? null,
      dedupeKey: input.dedupeKey ?? null,
      createdAt: input.createdAt,
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing());
}

/** Writes a notification inside the caller's transaction; a repeated dedupe key writes nothing. */
export async function insertNotification(trx: Db, input: NewNotification): Promise<boolean> {
  const result = await notificationInsert(trx, input).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The newest notifications of a person. */
export async function listNotifications(
  db: Db,
  options: { recipientId: string; limit: number; unreadOnly: boolean },
): Promise<NotificationRow[]> {
  let query = db
    .selectFrom('notifications')
    .selectAll()
    .where('recipientId', '=', options.recipientId);
  if (options.unreadOnly) query = query.where('readAt', 'is', null);
  return query.orderBy('createdAt', 'desc').orderBy('id').limit(options.limit).execute();
}

/** How many notifications a person has not read (partial index notifications_unread). */
export async function countUnread(db: Db, recipientId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('recipientId', '=', recipientId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks one of the person's notifications read; false when it is not theirs or does not exist. */
export async function markRead(
  db: Db,
  options: { id: string; recipientId: string; now: Date },
): Promise<boolean> {
  const row = await db
    .selectFrom('notifications')
    .select(['id', 'readAt'])
    .where('id', '=', options.id)
    .where('recipientId', '=', options.recipientId)
    .executeTakeFirst();
  if (!row) return false;
  if (row.readAt === null) {
    await db
      .updateTable('notifications')
      .set({ readAt: options.now })
      .where('id', '=', options.id)
      .execute();
  }
  return true;
}

/** Marks every unread notification of a person read; returns how many. */
export async function markAllRead(db: Db, recipientId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ readAt: now })
    .where('recipientId', '=', recipientId)
    .where('readAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
