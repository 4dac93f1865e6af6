import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { teachingJenisPtkSql } from '../people/teaching-jenis-ptk.js';
import { schoolOfDinasSql } from './dinas-jurisdiction.js';

type Status = 'draft' | 'submitted' | 'returned' | 'approved';

/** One teacher of a school with their plan in the period (null plan = "Belum mulai"). */
export type SchoolPlanRow = {
  employeeId: string;
  name: string;
  nip: string | null;
  nuptk: string | null;
  employmentStatus: 'pns' | 'pppk' | 'non_asn';
  planId: string | null;
  status: Status | null;
  version: number | null;
  submittedAt: Date | null;
  updatedAt: Date | null;
  hasExpectations: boolean | null;
};

/**
 * "Periksa": every teacher of the school with their plan in the period — one indexed query keyed
 * by (period, school), no per-teacher round trips. The list is read live, so a plan that waited for
 * a principal appears as soon as the school has one (domain.md §3.3).
 */
export async function listSchoolPlans(
  db: Db,
  key: { schoolId: string; periodId: string },
): Promise<SchoolPlanRow[]> {
  const result = await sql<SchoolPlanRow>`
    select p.id as employee_id, p.name, p.nip, p.nuptk, p.employment_status, pl.id as plan_id, pl.status, pl.version,
           pl.submitted_at, pl.updated_at, pl.supervisor_expectations <> '{}'::jsonb as has_expectations
      from school_staff st
      join people p on p.id = st.person_id
      left join plans pl on pl.period_id = ${key.periodId} and pl.school_id = st.school_id
                        and pl.employee_id = st.person_id and pl.employee_kind = 'teacher'
     where st.school_id = ${key.schoolId} and upper(p.jenis_ptk) in (${teachingJenisPtkSql})
     order by lower(p.name), p.id`.execute(db);
  return result.rows;
}

/** A school with its head in a period and its Dinas assessor. */
export type SchoolFacts = {
  id: string;
  name: string;
  npsn: string;
  jenjang: string;
  regencyCode: string;
  provinceCode: string;
  dinasId: string | null;
  headId: string | null;
  headKind: 'definitive' | 'acting' | null;
};

/** The school and its head in the period; undefined when the school does not exist. */
export async function findSchoolFacts(
  db: Db,
  key: { schoolId: string; periodId: string },
): Promise<SchoolFacts | undefined> {
  const result = await sql<SchoolFacts>`
    select s.id, s.name, s.npsn, s.jenjang, s.regency_code, s.province_code, s.dinas_id,
           sp.person_id as head_id, sp.kind as head_kind
      from schools s
      left join school_principals sp on sp.school_id = s.id and sp.period_id = ${key.periodId}
     where s.id = ${key.schoolId}`.execute(db);
  return result.rows[0];
}

/** One school's definitive principal and their own plan in a period. */
export type PrincipalPlanRow = {
  schoolId: string;
  schoolName: string;
  npsn: string;
  jenjang: string;
  regencyCode: string;
  principalId: string | null;
  principalName: string | null;
  planId: string | null;
  status: Status | null;
  submittedAt: Date | null;
};

const principalPlansSql = (periodId: string) => sql`
  select s.id as school_id, s.name as school_name, s.npsn, s.jenjang, s.regency_code,
         sp.person_id as principal_id, hp.name as principal_name,
         pl.id as plan_id, pl.status, pl.submitted_at
    from schools s
    left join school_principals sp on sp.school_id = s.id and sp.period_id = ${periodId}
                                  and sp.kind = 'definitive'
    left join people hp on hp.id = sp.person_id
    left join plans pl on pl.period_id = ${periodId} and pl.employee_id = sp.person_id
                      and pl.employee_kind = 'principal' and pl.school_id = s.id`;

/** Principals' plans of a Dinas office's schools per status ("not_started" = no plan or no principal). */
export async function countDinasPrincipalPlans(
  db: Db,
  key: { dinasId: string; periodId: string },
): Promise<Array<{ status: Status | 'not_started'; count: number }>> {
  const result = await sql<{ status: Status | 'not_started'; count: number }>`
    select coalesce(q.status, 'not_started') as status, count(*)::int as count
      from (${principalPlansSql(key.periodId)} where ${schoolOfDinasSql(key.dinasId)}) q
     group by 1`.execute(db);
  return result.rows;
}

/**
 * One page of the principals' plans of the schools under a Dinas office, filtered by status in SQL:
 * a provincial Dinas has thousands of schools, so neither filter nor page happens in memory.
 */
export async function listDinasPrincipalPlans(
  db: Db,
  key: {
    dinasId: string;
    periodId: string;
    status?: Status | 'not_started' | undefined;
    limit: number;
    offset: number;
  },
): Promise<PrincipalPlanRow[]> {
  const statusFilter =
    key.status === undefined
      ? sql``
      : key.status === 'not_started'
        ? sql`and pl.id is null`
        : sql`and pl.status = ${key.status}`;
  const result = await sql<PrincipalPlanRow>`${principalPlansSql(key.periodId)}
     where ${schoolOfDinasSql(key.dinasId)} ${statusFilter}
     order by s.name, s.id limit ${key.limit} offset ${key.offset}`.execute(db);
  return result.rows;
}

/** Principals' plans of a pengawas's binaan schools. */
export async function listPengawasPrincipalPlans(
  db: Db,
  key: { pengawasId: string; periodId: string },
): Promise<PrincipalPlanRow[]> {
  const result = await sql<PrincipalPlanRow>`${principalPlansSql(key.periodId)}
     join pengawas_schools ps on ps.school_id = s.id and ps.person_id = ${key.pengawasId}
     order by s.name, s.id`.execute(db);
  return result.rows;
}

/** A Dinas office with its region and its assessor. */
export type DinasFacts = {
  id: string;
  name: string;
  level: 'provinsi' | 'kabupaten_kota';
  provinceCode: string;
  regencyCode: string | null;
  assessorId: string | null;
};

/** A Dinas office and the official who assesses its principals (first assessor by id). */
export async function findDinasFacts(db: Db, dinasId: string): Promise<DinasFacts | undefined> {
  const result = await sql<DinasFacts>`
    select d.id, d.name, d.level, d.province_code, d.regency_code,
           (select o.person_id from dinas_officials o where o.dinas_id = d.id and o.is_assessor
             order by o.person_id limit 1) as assessor_id
      from dinas_offices d where d.id = ${dinasId}`.execute(db);
  return result.rows[0];
}
