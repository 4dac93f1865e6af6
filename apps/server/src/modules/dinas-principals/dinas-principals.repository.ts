import type { EvaluationDocument } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { teachingJenisPtkSql } from '../people/teaching-jenis-ptk.js';
import type { ExecutionStatusDbRow } from '../execution-documents/execution-lists.repository.js';

/** A principal's Pelaksanaan row with their assessment of one evaluation document. */
export type DinasPrincipalDbRow = ExecutionStatusDbRow & {
  assessmentId: string | null;
  assessmentState: 'draft' | 'final' | null;
  assessmentVersion: number | null;
  predikat: 'sangat_baik' | 'baik' | 'butuh_perbaikan' | 'kurang' | 'sangat_kurang' | null;
  recommendationCount: number;
};

type Key = { dinasId: string; periodId: string };

const principalsOf = (key: Key) => sql`
      from schools s
      join school_principals sp on sp.school_id = s.id and sp.period_id = ${key.periodId}
                               and sp.kind = 'definitive'
      join people p on p.id = sp.person_id
     where s.dinas_id = ${key.dinasId}`;

/** How many schools of a Dinas office have a definitive principal in the period. */
export async function countDinasPrincipals(db: Db, key: Key): Promise<number> {
  const result = await sql<{ count: number }>`
    select count(*)::int as count ${principalsOf(key)}`.execute(db);
  return result.rows[0]?.count ?? 0;
}

/**
 * One page of the definitive principals of a Dinas office's schools with their own plan, written
 * documents, cycle step and assessment: plans and documents are keyed by plan, one query a page.
 */
export async function listDinasPrincipals(
  db: Db,
  key: Key & { document: EvaluationDocument; limit: number; offset: number },
): Promise<DinasPrincipalDbRow[]> {
  const result = await sql<DinasPrincipalDbRow>`
    select p.id as employee_id, p.name, p.nip, p.employment_status, s.id as school_id,
           s.name as school_name, s.npsn,
           pl.id as plan_id, pl.status as plan_status,
           r.state as reflection_state, r.sent_at as reflection_sent_at,
           c.state as checklist_state, c.sent_at as checklist_sent_at,
           c.confirmed_at is not null as is_confirmed, pc.state as practice_state,
           a.id as assessment_id, a.state as assessment_state, a.version as assessment_version,
           a.predikat,
           (select count(*)::int from assessment_recommendations ar
             where ar.assessment_id = a.id) as recommendation_count
      from (select s.id as school_id, p.id as person_id ${principalsOf(key)}
             order by lower(s.name), s.id limit ${key.limit} offset ${key.offset}) page
      join schools s on s.id = page.school_id
      join people p on p.id = page.person_id
      left join plans pl on pl.period_id = ${key.periodId} and pl.school_id = s.id
                        and pl.employee_id = p.id and pl.employee_kind = 'principal'
      left join written_documents r on r.plan_id = pl.id and r.kind = 'competency_reflection'
      left join written_documents c on c.plan_id = pl.id and c.kind = 'main_duties_checklist'
      left join practice_cycles pc on pc.plan_id = pl.id
      left join assessments a on a.plan_id = pl.id and a.document = ${key.document}
     order by lower(s.name), s.id`.execute(db);
  return result.rows;
}

/** A school of a Dinas office with no principal in the period, and what waits there. */
export type HeadlessSchoolRow = {
  schoolId: string;
  name: string;
  npsn: string;
  teachers: number;
  waitingPlans: number;
};

/**
 * The schools of a Dinas office with neither a definitive principal nor a Plt in the period — their
 * teachers' plans cannot be approved ("data atasan tidak ditemukan", domain.md §1.2, §7) — the ones
 * with plans waiting first; at most `limit`, with the full count.
 */
export async function listHeadlessSchools(
  db: Db,
  key: Key & { limit: number },
): Promise<{ total: number; rows: HeadlessSchoolRow[] }> {
  const headless = sql`
      from schools s
     where s.dinas_id = ${key.dinasId}
       and not exists (select 1 from school_principals sp
                        where sp.school_id = s.id and sp.period_id = ${key.periodId})`;
  const total = await sql<{ count: number }>`select count(*)::int as count ${headless}`.execute(db);
  const rows = await sql<HeadlessSchoolRow>`
    select s.id as school_id, s.name, s.npsn,
           (select count(*)::int from school_staff st join people p on p.id = st.person_id
             where st.school_id = s.id and upper(p.jenis_ptk) in (${teachingJenisPtkSql})) as teachers,
           (select count(*)::int from plans pl
             where pl.school_id = s.id and pl.period_id = ${key.periodId}
               and pl.employee_kind = 'teacher' and pl.status = 'submitted') as waiting_plans
      ${headless}
     order by waiting_plans desc, lower(s.name), s.id
     limit ${key.limit}`.execute(db);
  return { total: total.rows[0]?.count ?? 0, rows: rows.rows };
}
