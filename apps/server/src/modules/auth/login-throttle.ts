import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { AppError } from '../../lib/app-error.js';

const WINDOW_MINUTES = 15;
const MAX_PER_EMAIL = 5;
const MAX_PER_IP = 30;

/** Refuses sign-in with 429 after too many recent failures for the email or the address. Stored in the database so every app instance agrees. */
export async function assertNotThrottled(
  db: Db,
  input: { email: string; ip: string; now: Date },
): Promise<void> {
  const since = new Date(input.now.getTime() - WINDOW_MINUTES * 60_000);
  const row = await db
    .selectFrom('loginFailures')
    .select([
      sql<number>`count(*) filter (where email = ${input.email})`.as('byEmail'),
      sql<number>`count(*) filter (where ip = ${input.ip})`.as('byIp'),
    ])
    .where('at', '>', since)
    .where((eb) => eb.or([eb('email', '=', input.email), eb('ip', '=', input.ip)]))
    .executeTakeFirstOrThrow();
  if (row.byEmail >= MAX_PER_EMAIL || row.byIp >= MAX_PER_IP) {
    throw new AppError({
      code: 'RATE_LIMITED',
      message: `Terlalu banyak percobaan masuk. Coba lagi dalam ${WINDOW_MINUTES} menit.`,
      headers: { 'retry-after': String(WINDOW_MINUTES * 60) },
    });
  }
}

/** Records a failed sign-in. */
export async function recordFailure(
  db: Db,
  input: { email: string; ip: string; now: Date },
): Promise<void> {
  await db
    .insertInto('loginFailures')
    .values({ email: input.email, ip: input.ip, at: input.now })
    .execute();
}

/** Forgets failures for an email after a successful sign-in. */
export async function clearFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom('loginFailures').where('email', '=', email).execute();
}
