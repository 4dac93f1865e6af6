import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/**
 * Refreshes planner statistics of the tables an import filled. PGlite runs no autovacuum, so without
 * this the next import's batched lookups plan against an empty table (seq scans, 2× slower).
 */
export async function analyzeRosterTables(db: Db, kind: 'schools' | 'ptk'): Promise<void> {
  if (kind === 'schools') await sql`analyze provinces, regencies, schools`.execute(db);
  else await sql`analyze people, school_staff, school_principals`.execute(db);
}
