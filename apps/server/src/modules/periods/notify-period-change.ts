import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/**
 * Tells everyone working in a period that its windows moved, in one set-based insert: the school
 * staff, the period's heads, plan owners and Dinas officials (issue 13 item 1). Idempotent per
 * change (the dedupe key carries the change's time). Returns how many were told.
 */
export async function notifyPeriodChange(
  trx: Db,
  input: { periodId: string; periodLabel: string; sentences: readonly string[]; at: Date },
): Promise<number> {
  const title = `Jadwal ${input.periodLabel} diubah`;
  const body = `Admin mengubah jadwal tahapan: ${input.sentences.join(' ')}`;
  const key = `period_changed:${input.periodId}:${input.at.toISOString()}:`;
  const result = await sql`
    insert into notifications (recipient_id, kind, title, body, period_id, dedupe_key, created_at)
    select r.person_id, 'period_changed', ${title}, ${body}, ${input.periodId}, ${key} || r.person_id, ${input.at}
      from (select person_id from school_staff
            union select person_id from school_principals where period_id = ${input.periodId}
            union select employee_id from plans where period_id = ${input.periodId}
            union select person_id from dinas_officials) r
    on conflict (dedupe_key) do nothing`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
