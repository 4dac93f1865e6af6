import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { AppError } from '../../lib/app-error.js';

const WINDOW_MINUTES = 10;
const MAX_PER_WINDOW = 30;

/**
 * Counts one people lookup of a person and refuses it with 429 past 30 in 10 minutes. Stored in the
 * database (like login_failures) so every app instance agrees; an advisory lock per person makes
 * concurrent lookups take turns, so a burst cannot slip past the count. Call inside a transaction.
 */
export async function countLookup(trx: Db, input: { personId: string; now: Date }): Promise<void> {
  const since = new Date(input.now.getTime() - WINDOW_MINUTES * 60_000);
  await sql`select pg_advisory_xact_lock(hashtext(${`people_lookup:${input.personId}`}))`.execute(
    trx,
  );
  await trx
    .deleteFrom('peopleLookups')
    .where('personId', '=', input.personId)
    .where('at', '<=', since)
    .execute();
  const recent = await trx
    .selectFrom('peopleLookups')
    .select('at')
    .where('personId', '=', input.personId)
    .orderBy('at', 'desc')
    .limit(MAX_PER_WINDOW)
    .execute();
  const oldest = recent[MAX_PER_WINDOW - 1];
  if (oldest) {
    const freeAt = oldest.at.getTime() + WINDOW_MINUTES * 60_000;
    const seconds = Math.max(1, Math.ceil((freeAt - input.now.getTime()) / 1000));
    throw new AppError({
      code: 'RATE_LIMITED',
      message: `Terlalu banyak pencarian pegawai. Coba lagi dalam ${Math.ceil(seconds / 60)} menit.`,
      headers: { 'retry-after': String(seconds) },
    });
  }
  await trx
    .insertInto('peopleLookups')
    .values({ personId: input.personId, at: input.now })
    .execute();
}
