import { stageDeadline, toIsoDate, type RuleSet } from '@kinerja/domain';
import { sql } from 'kysely';
import type { AppContext } from '../../lib/context.js';
import type { Db } from '../../db/database.js';
import { teachingJenisPtkSql } from '../people/teaching-jenis-ptk.js';
import { deadlineNearText } from '../notifications/notification-texts.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { listPeriods, type PeriodRow } from '../periods/periods.repository.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';

const dedupeKey = (periodId: string, personId: string) =>
  `deadline_near:${periodId}:planning:${personId}`;

// Employees of the period (teachers and definitive principals) with no submitted or approved plan.
const waitingEmployees = (periodId: string) => sql`
  select distinct e.person_id from (
    select st.person_id from school_staff st join people p on p.id = st.person_id
     where upper(p.jenis_ptk) in (${teachingJenisPtkSql})
    union
    select sp.person_id from school_principals sp where sp.period_id = ${periodId} and sp.kind = 'definitive'
  ) e
  where not exists (select 1 from plans pl where pl.period_id = ${periodId} and pl.employee_id = e.person_id
                      and pl.status in ('submitted', 'approved'))`;

/** Everyone without an extension, in one set-based insert; repeats write nothing (dedupe key). */
async function notifyWithoutExtension(
  db: Db,
  period: PeriodRow,
  closesOn: string,
  now: Date,
): Promise<number> {
  const text = deadlineNearText(closesOn, period.label);
  const result = await sql`
    insert into notifications (recipient_id, kind, title, body, period_id, dedupe_key, created_at)
    select w.person_id, ${text.kind}, ${text.title}, ${text.body}, ${period.id},
           'deadline_near:' || ${period.id} || ':planning:' || w.person_id, ${now}
      from (${waitingEmployees(period.id)}) w
     where not exists (select 1 from deadline_extensions x where x.period_id = ${period.id}
                         and x.person_id = w.person_id and x.stage = 'planning')
    on conflict (dedupe_key) do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** People with an extension: their own effective close decides (domain stageDeadline). */
async function notifyExtended(
  db: Db,
  period: PeriodRow,
  ruleSet: RuleSet,
  now: Date,
): Promise<number> {
  const today = toIsoDate(now);
  const result = await sql<{ personId: string; until: string }>`
    select w.person_id, max(x.until)::text as until
      from (${waitingEmployees(period.id)}) w
      join deadline_extensions x on x.person_id = w.person_id and x.period_id = ${period.id} and x.stage = 'planning'
     group by w.person_id`.execute(db);
  let written = 0;
  for (const row of result.rows) {
    const extensions = [{ stage: 'planning' as const, until: row.until }];
    const deadline = stageDeadline({ ruleSet, now: today, extensions, stage: 'planning' });
    const isNear =
      deadline?.daysLeft !== null &&
      deadline?.daysLeft !== undefined &&
      deadline.daysLeft < ruleSet.closingSoonDays;
    if (!deadline || !isNear) continue;
    const text = deadlineNearText(deadline.effectiveClosesOn, period.label);
    const isWritten = await insertNotification(db, {
      createdAt: now,
      ...text,
      recipientId: row.personId,
      periodId: period.id,
      dedupeKey: dedupeKey(period.id, row.personId),
    });
    if (isWritten) written += 1;
  }
  return written;
}

/**
 * Job: "Batas waktu sudah dekat" to every employee whose planning window closes soon and who has
 * not submitted yet; idempotent per person, period and stage (issue #4 item 6, domain.md §2.4).
 */
export async function notifyDeadlinesNear(ctx: AppContext, now: Date): Promise<number> {
  const today = toIsoDate(now);
  let written = 0;
  for (const period of await listPeriods(ctx.db)) {
    const ruleSet = ruleSetForPeriod(period);
    const deadline = stageDeadline({ ruleSet, now: today, stage: 'planning' });
    if (deadline?.status === 'closing_soon') {
      written += await notifyWithoutExtension(ctx.db, period, deadline.closesOn, now);
    }
    written += await notifyExtended(ctx.db, period, ruleSet, now);
  }
  return written;
}
