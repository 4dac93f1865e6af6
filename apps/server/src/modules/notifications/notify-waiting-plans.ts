import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/**
 * Tells each definitive head of `schoolIds` how many teachers' plans already wait for them in
 * "Periksa" — plans submitted while the school had no principal reach the new one without a new
 * submission (issue #4 item 2), and this says so. Once per head, school and period (dedupe key).
 */
export async function notifyHeadsOfWaitingPlans(
  trx: Db,
  periodId: string,
  schoolIds: readonly string[],
): Promise<number> {
  if (schoolIds.length === 0) return 0;
  const result = await sql`
    insert into notifications (recipient_id, kind, title, body, period_id, dedupe_key)
    select sp.person_id, 'plan_submitted', 'Perencanaan Kinerja menunggu persetujuan Anda',
           count(*) || ' Perencanaan Kinerja guru ' || s.name
             || ' sudah diajukan dan menunggu Anda. Buka Periksa untuk menyetujui atau mengembalikannya.',
           sp.period_id, 'plans_waiting:' || sp.period_id || ':' || sp.school_id || ':' || sp.person_id
      from school_principals sp
      join schools s on s.id = sp.school_id
      join plans pl on pl.school_id = sp.school_id and pl.period_id = sp.period_id
                   and pl.employee_kind = 'teacher' and pl.status = 'submitted'
     where sp.period_id = ${periodId} and sp.kind = 'definitive'
       and sp.school_id = any(${[...schoolIds]}::uuid[])
     group by sp.person_id, sp.period_id, sp.school_id, s.name
    on conflict (dedupe_key) do nothing`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
