import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/**
 * Tells the people a period concerns that its windows moved, in one set-based insert (issue 13
 * item 1). The period concerns the schools taking part in it — a plan or a head in it or in the
 * period before (whose people carry on into it; before anyone has started a new period that is
 * how it reaches them): their staff, heads, Tim Kinerja, pengawas and the Dinas governing them.
 * Schools elsewhere in the country are not told. Idempotent per change (the dedupe key carries
 * the change's time). Returns how many were told.
 */
export async function notifyPeriodChange(
  trx: Db,
  input: { periodId: string; periodLabel: string; sentences: readonly string[]; at: Date },
): Promise<number> {
  const title = `Jadwal ${input.periodLabel} diubah`;
  const body = `Admin mengubah jadwal tahapan: ${input.sentences.join(' ')}`;
  const key = `period_changed:${input.periodId}:${input.at.toISOString()}:`;
  const result = await sql`
    with concerned_periods as (
      select id from periods where id = ${input.periodId}
      union all
      (select p.id from periods p
        where p.sort_order < (select sort_order from periods where id = ${input.periodId})
        order by p.sort_order desc limit 1)
    ),
    schools_taking_part as (
      select school_id from plans where period_id in (select id from concerned_periods)
      union select school_id from school_principals
             where period_id in (select id from concerned_periods)
    ),
    recipients as (
      select person_id from school_staff where school_id in (select school_id from schools_taking_part)
      union select person_id from school_principals where period_id = ${input.periodId}
      union select employee_id from plans where period_id = ${input.periodId}
      union select member_id from tim_kinerja_members where period_id = ${input.periodId}
      union select person_id from pengawas_schools
             where school_id in (select school_id from schools_taking_part)
      union select d.person_id from dinas_officials d
              join schools s on s.dinas_id = d.dinas_id
             where s.id in (select school_id from schools_taking_part)
    )
    insert into notifications (recipient_id, kind, title, body, period_id, dedupe_key, created_at)
    select r.person_id, 'period_changed', ${title}, ${body}, ${input.periodId}, ${key} || r.person_id, ${input.at}
      from recipients r
    on conflict (dedupe_key) do nothing`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}
