import type { Db } from '../../db/database.js';
import { ensurePeriods } from './periods.repository.js';
import { ensureRuleSets, registerStoredRuleSets } from './rule-sets.repository.js';
import { seededPeriods } from './seeded-periods.js';

/**
 * On every start: store the seeded rule sets, register all stored ones in the domain, then insert
 * the missing periods (2027 included). Idempotent; an administrator's edits are kept (issue 13).
 */
export async function seedPeriodsAndRuleSets(db: Db, now: Date): Promise<void> {
  await ensureRuleSets(db, now);
  await registerStoredRuleSets(db);
  await ensurePeriods(db, seededPeriods());
}
