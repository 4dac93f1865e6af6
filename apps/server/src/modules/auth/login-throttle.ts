import { decideLoginAttempt, LOGIN_THROTTLE } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { AppError } from '../../lib/app-error.js';

/** The account a failure is held against: the email as typed (lower-cased), bounded like an email. */
export const MAX_ACCOUNT_KEY_LENGTH = 254;

type Attempt = { email: string; ip: string; now: Date };

const secondsBefore = (now: Date, seconds: number) => new Date(now.getTime() - seconds * 1000);

function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} detik` : `${Math.ceil(seconds / 60)} menit`;
}

/**
 * Refuses the attempt with 429 and Retry-After while this client must still wait after its recent
 * failures for this account, or across accounts (rules in the domain's LOGIN_THROTTLE). Read from
 * the database so every app instance agrees.
 */
export async function assertNotThrottled(db: Db, input: Attempt): Promise<void> {
  const pairSince = secondsBefore(input.now, LOGIN_THROTTLE.accountClient.windowSeconds);
  const clientSince = secondsBefore(input.now, LOGIN_THROTTLE.client.windowSeconds);
  const oldest = pairSince < clientSince ? pairSince : clientSince;
  const pair = sql`email = ${input.email} and at > ${pairSince}`;
  const client = sql`at > ${clientSince}`;
  const row = await db
    .selectFrom('loginFailures')
    .select([
      sql<number>`count(*) filter (where ${pair})`.as('pairCount'),
      sql<Date | null>`max(at) filter (where ${pair})`.as('pairLastAt'),
      sql<number>`count(*) filter (where ${client})`.as('clientCount'),
      sql<Date | null>`max(at) filter (where ${client})`.as('clientLastAt'),
    ])
    .where('ip', '=', input.ip)
    .where('at', '>', oldest)
    .executeTakeFirstOrThrow();
  const decision = decideLoginAttempt({
    accountClient: { count: Number(row.pairCount), lastAt: toDate(row.pairLastAt) },
    client: { count: Number(row.clientCount), lastAt: toDate(row.clientLastAt) },
    now: input.now,
  });
  if (decision.allowed) return;
  throw new AppError({
    code: 'RATE_LIMITED',
    message: `Terlalu banyak percobaan masuk yang gagal dari perangkat ini. Coba lagi dalam ${waitText(decision.retryAfterSeconds)}.`,
    headers: { 'retry-after': String(decision.retryAfterSeconds) },
  });
}

function toDate(value: Date | string | null): Date | null {
  return value === null ? null : new Date(value);
}

/** Records a failed sign-in (wrong password, unknown email or a malformed request) and forgets this client's stale ones. */
export async function recordFailure(db: Db, input: Attempt): Promise<void> {
  const email = input.email.slice(0, MAX_ACCOUNT_KEY_LENGTH);
  await db.insertInto('loginFailures').values({ email, ip: input.ip, at: input.now }).execute();
  const longest = Math.max(
    LOGIN_THROTTLE.accountClient.windowSeconds,
    LOGIN_THROTTLE.client.windowSeconds,
  );
  await db
    .deleteFrom('loginFailures')
    .where('ip', '=', input.ip)
    .where('at', '<', secondsBefore(input.now, longest))
    .execute();
}

/**
 * Forgets this client's failures for the account after a successful sign-in. Failures of other
 * clients stay: the owner signing in must not reset an attacker's wait.
 */
export async function clearFailures(db: Db, input: { email: string; ip: string }): Promise<void> {
  await db
    .deleteFrom('loginFailures')
    .where('email', '=', input.email)
    .where('ip', '=', input.ip)
    .execute();
}
