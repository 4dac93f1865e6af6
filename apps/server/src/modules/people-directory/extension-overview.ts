import type { ExtensionOverviewItem } from '@kinerja/contract';
import { can } from '@kinerja/domain';
import { sql } from 'kysely';
import { forbidden } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { hasRoleFor, loadActor } from '../plan-context/plan-actor.js';
import { withSchoolLevel } from '../plans/plan-supervision.js';

type OverviewRow = {
  id: string;
  personId: string;
  personName: string;
  periodId: string;
  stage: ExtensionOverviewItem['stage'];
  until: string;
  reason: string;
  grantedById: string;
  grantedByName: string;
  createdAt: Date;
  schoolId: string | null;
  schoolName: string | null;
  jenjang: string | null;
  regencyCode: string | null;
};

/** At most this many of the newest extensions are listed (a region rarely needs more). */
const LIMIT = 500;

/**
 * The extensions granted in a period that the caller could grant themselves: every one for an
 * administrator, those of the Dinas's region for its officials (domain.md §2.4).
 */
export async function readExtensionOverview(
  ctx: AppContext,
  input: { personId: string; period: PeriodRow },
): Promise<ExtensionOverviewItem[]> {
  const { period } = input;
  const actor = await loadActor(ctx.db, input.personId, period.id);
  if (!hasRoleFor(actor, 'plan.extend_deadline')) {
    throw forbidden('Daftar perpanjangan hanya untuk Dinas dan Admin.');
  }
  const result = await sql<OverviewRow>`
    select x.id, x.person_id, p.name as person_name, x.period_id, x.stage, x.until, x.reason,
           x.granted_by as granted_by_id, g.name as granted_by_name, x.created_at,
           s.id as school_id, s.name as school_name, s.jenjang, s.regency_code
      from deadline_extensions x
      join people p on p.id = x.person_id
      join people g on g.id = x.granted_by
      left join lateral (select s.* from school_staff st join schools s on s.id = st.school_id
                          where st.person_id = p.id order by st.is_primary desc, s.name limit 1) s on true
     where x.period_id = ${period.id}
     order by x.created_at desc, x.id
     limit ${LIMIT}`.execute(ctx.db);
  return result.rows
    .filter((row) => {
      const place = row.schoolId
        ? {
            schoolId: row.schoolId,
            ...withSchoolLevel(row.jenjang),
            regionCode: row.regencyCode ?? undefined,
          }
        : {};
      const subject = { ownerId: row.personId, periodId: period.id, ...place };
      return can(actor, 'plan.extend_deadline', subject).allowed;
    })
    .map((row) => ({
      id: row.id,
      personId: row.personId,
      periodId: row.periodId,
      stage: row.stage,
      until: row.until,
      reason: row.reason,
      grantedBy: { id: row.grantedById, name: row.grantedByName },
      createdAt: row.createdAt.toISOString(),
      person: { id: row.personId, name: row.personName },
      schoolName: row.schoolName,
    }));
}
