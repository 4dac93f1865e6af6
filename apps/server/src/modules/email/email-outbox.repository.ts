import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** The outbox topics of email (migration 0029). */
export const EMAIL_TOPICS = ['email.notification', 'email.digest'] as const;

/** An email outbox row claimed for one delivery attempt. */
export type ClaimedEmail = {
  id: number;
  topic: (typeof EMAIL_TOPICS)[number];
  payloadText: string;
  attempts: number;
};

/**
 * Claims due email rows for one attempt each, like the e-Kinerja relay (FOR UPDATE SKIP LOCKED):
 * the attempt is counted and the row leased until `leaseUntil`, so another instance never sends
 * the same email while this one is at it, and a crashed attempt is retried after the lease.
 */
export async function claimDueEmails(
  db: Db,
  options: { now: Date; leaseUntil: Date; limit: number },
): Promise<ClaimedEmail[]> {
  const { rows } = await sql<ClaimedEmail>`
    update outbox set attempts = attempts + 1, available_at = ${options.leaseUntil}
     where id in (
       select id from outbox
        where topic in ('email.notification', 'email.digest')
          and processed_at is null and failed_at is null and available_at <= ${options.now}
        order by id
        limit ${options.limit}
        for update skip locked)
    returning id, topic, payload::text as payload_text, attempts`.execute(db);
  return rows.sort((a, b) => a.id - b.id);
}

/** What an attempt came to and the row's next state. */
export type EmailOutcome =
  | { kind: 'sent' | 'skipped'; at: Date; message: string | null }
  | { kind: 'retry'; at: Date; availableAt: Date; smtpCode: number | null; message: string }
  | { kind: 'failed'; at: Date; smtpCode: number | null; message: string };

/** Stores the attempt and the row's new state in one transaction. */
export async function recordEmailAttempt(
  db: Db,
  input: { row: ClaimedEmail; startedAt: Date; outcome: EmailOutcome },
): Promise<void> {
  const { row, outcome } = input;
  const smtpCode = outcome.kind === 'retry' || outcome.kind === 'failed' ? outcome.smtpCode : null;
  const errorCode = smtpCode === null ? 'SMTP' : String(smtpCode);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('emailAttempts')
      .values({
        outboxId: row.id,
        attempt: row.attempts,
        startedAt: input.startedAt,
        outcome: outcome.kind,
        smtpCode,
        message: outcome.message,
      })
      .execute();
    const query = trx.updateTable('outbox').where('id', '=', row.id);
    if (outcome.kind === 'sent' || outcome.kind === 'skipped') {
      await query.set({ processedAt: outcome.at, lastError: null, lastErrorCode: null }).execute();
    } else if (outcome.kind === 'retry') {
      await query
        .set({
          availableAt: outcome.availableAt,
          lastError: outcome.message,
          lastErrorCode: errorCode,
        })
        .execute();
    } else {
      await query
        .set({
          failedAt: outcome.at,
          lastError: outcome.message,
          lastErrorCode: errorCode,
        })
        .execute();
    }
  });
}
