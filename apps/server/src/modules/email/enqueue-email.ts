import { EMAIL_PREFERENCE_DEFAULT, latestDigestWindow } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** Only notifications this recent are mailed: turning email on must not mail old history. */
const LOOKBACK_MS = 24 * 3600_000;

const EMAIL_FACT = sql`((payload ->> 'factKey')) where topic in ('email.notification', 'email.digest')`;

// The person's choice, or the default written as data in the domain.
const WANTS = (frequency: 'immediate' | 'daily') => sql`
  coalesce(ep.enabled, ${EMAIL_PREFERENCE_DEFAULT.enabled}::boolean)
  and coalesce(ep.frequency, ${EMAIL_PREFERENCE_DEFAULT.frequency}::text) = ${frequency}::text`;

/**
 * Turns waiting notifications into one "email.notification" outbox row each for the people who
 * want email at once, and clears the waiting mark of every notification it looked at (the daily
 * people's go into the digest instead). One statement: several instances share the rows through
 * SKIP LOCKED, and the factKey makes queuing the same notification twice a no-op.
 * Returns how many notifications were looked at.
 */
export async function enqueueNotificationEmails(
  db: Db,
  options: { now: Date; limit: number },
): Promise<number> {
  const since = new Date(options.now.getTime() - LOOKBACK_MS);
  const { rows } = await sql<{ looked: number }>`
    with picked as (
      select id from notifications where email_pending
       order by created_at limit ${options.limit} for update skip locked
    ), cleared as (
      update notifications n set email_pending = false from picked where n.id = picked.id
      returning n.id, n.recipient_id, n.created_at
    ), queued as (
      insert into outbox (topic, payload, created_at, available_at)
      select 'email.notification',
             jsonb_build_object('factKey', 'email:notification:' || c.id,
                                'notificationId', c.id, 'recipientId', c.recipient_id),
             ${options.now}, ${options.now}
        from cleared c
        join people p on p.id = c.recipient_id and p.email is not null
        left join email_preferences ep on ep.person_id = c.recipient_id
       where ${WANTS('immediate')} and c.created_at >= ${since}
      on conflict ${EMAIL_FACT} do nothing
      returning id)
    select (select count(*) from cleared)::int as looked`.execute(db);
  return rows[0]?.looked ?? 0;
}

/**
 * Queues the digest of the latest closed day (06.00 WIB to 06.00 WIB) once: one "email.digest"
 * row per person who wants a daily digest and got notifications that day. The first instance to
 * claim the day in email_digest_days does it, in the same transaction. Returns rows queued, or
 * null when the day was already queued.
 */
export async function enqueueDigestEmails(db: Db, now: Date): Promise<number | null> {
  const window = latestDigestWindow(now);
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('emailDigestDays')
      .values({ day: window.day, queuedAt: now })
      .onConflict((oc) => oc.column('day').doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return null;
    const { rows } = await sql<{ id: number }>`
      insert into outbox (topic, payload, created_at, available_at)
      select 'email.digest',
             jsonb_build_object('factKey', 'email:digest:' || n.recipient_id || ':' || ${window.day}::text,
                                'recipientId', n.recipient_id, 'day', ${window.day}::text,
                                'from', ${window.from.toISOString()}::text,
                                'until', ${window.until.toISOString()}::text),
             ${now}, ${now}
        from notifications n
        join people p on p.id = n.recipient_id and p.email is not null
        left join email_preferences ep on ep.person_id = n.recipient_id
       where n.created_at >= ${window.from} and n.created_at < ${window.until}
         and ${WANTS('daily')}
       group by n.recipient_id
      on conflict ${EMAIL_FACT} do nothing
      returning id`.execute(trx);
    return rows.length;
  });
}
