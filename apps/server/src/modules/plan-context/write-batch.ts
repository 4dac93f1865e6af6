import { sql, type Compilable } from 'kysely';
import type { Db } from '../../db/database.js';

/** A write statement built but not sent yet (an insert, update or delete query builder). */
export type WriteQuery = Compilable & { execute(): Promise<unknown> };

/**
 * Sends the writes of one command as a single statement (issue 15: statements per request): all
 * but the last become data-modifying WITH parts, which PostgreSQL runs even without RETURNING.
 * The writes must touch different rows; they see one snapshot, none sees another's change.
 */
export async function sendTogether(trx: Db, queries: readonly WriteQuery[]): Promise<void> {
  const last = queries.at(-1);
  if (!last) return;
  if (queries.length === 1) {
    await last.execute();
    return;
  }
  const parts = queries
    .slice(0, -1)
    .map((query, index) => sql`${sql.raw(`w${index}`)} as (${query})`);
  await sql`with ${sql.join(parts)} ${last}`.execute(trx);
}
