import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { teachingJenisPtkSql } from '../people/teaching-jenis-ptk.js';

/** One employee with their plan, written documents and cycle step in a period. */
export type ExecutionStatusDbRow = {
  employeeId: string;
  name: string;
  nip: string | null;
  employmentStatus: 'pns' | 'pppk' | 'non_asn';
  schoolId: string;
  schoolName: string;
  npsn: string;
  planId: string | null;
  planStatus: 'draft' | 'submitted' | 'returned' | 'approved' | null;
  reflectionState: 'draft' | 'sent' | null;
  reflectionSentAt: Date | null;
  checklistState: 'draft' | 'sent' | null;
  checklistSentAt: Date | null;
  isConfirmed: boolean | null;
  practiceState:
    | 'preparation_discussion'
    | 'observation'
    | 'follow_up_discussion'
    | 'follow_up_action'
    | 'follow_up_reflection'
    | 'completed'
    | null;
};

// Plans, documents and cycles are keyed by plan and indexed by (period, school): one query per list.
/** The teachers of a school (Dapodik staff with a teaching Jenis PTK) and their Pelaksanaan. */
export async function listSchoolExecution(
  db: Db,
  key: { schoolId: string; periodId: string },
): Promise<ExecutionStatusDbRow[]> {
  const result = await sql<ExecutionStatusDbRow>`
    select p.id as employee_id, p.name, p.nip, p.employment_status, s.id as school_id,
           s.name as school_name, s.npsn,
           pl.id as plan_id, pl.status as plan_status,
           r.state as reflection_state, r.sent_at as reflection_sent_at,
           c.state as checklist_state, c.sent_at as checklist_sent_at,
           c.confirmed_at is not null as is_confirmed, pc.state as practice_state
      from school_staff st
      join people p on p.id = st.person_id
      join schools s on s.id = st.school_id
      left join plans pl on pl.period_id = ${key.periodId} and pl.school_id = st.school_id
                        and pl.employee_id = st.person_id and pl.employee_kind = 'teacher'
      left join written_documents r on r.plan_id = pl.id and r.kind = 'competency_reflection'
      left join written_documents c on c.plan_id = pl.id and c.kind = 'main_duties_checklist'
      left join practice_cycles pc on pc.plan_id = pl.id
     where st.school_id = ${key.schoolId} and upper(p.jenis_ptk) in (${teachingJenisPtkSql})
     order by lower(p.name), p.id`.execute(db);
  return result.rows;
}

/** The definitive principals of a pengawas's binaan schools and their own Pelaksanaan. */
export async function listPengawasExecution(
  db: Db,
  key: { pengawasId: string; periodId: string },
): Promise<ExecutionStatusDbRow[]> {
  const result = await sql<ExecutionStatusDbRow>`
    select p.id as employee_id, p.name, p.nip, p.employment_status, s.id as school_id,
           s.name as school_name, s.npsn,
           pl.id as plan_id, pl.status as plan_status,
           r.state as reflection_state, r.sent_at as reflection_sent_at,
           c.state as checklist_state, c.sent_at as checklist_sent_at,
           c.confirmed_at is not null as is_confirmed, pc.state as practice_state
      from pengawas_schools ps
      join schools s on s.id = ps.school_id
      join school_principals sp on sp.school_id = s.id and sp.period_id = ${key.periodId}
                               and sp.kind = 'definitive'
      join people p on p.id = sp.person_id
      left join plans pl on pl.period_id = ${key.periodId} and pl.school_id = s.id
                        and pl.employee_id = p.id and pl.employee_kind = 'principal'
      left join written_documents r on r.plan_id = pl.id and r.kind = 'competency_reflection'
      left join written_documents c on c.plan_id = pl.id and c.kind = 'main_duties_checklist'
      left join practice_cycles pc on pc.plan_id = pl.id
     where ps.person_id = ${key.pengawasId}
     order by lower(s.name), s.id`.execute(db);
  return result.rows;
}
