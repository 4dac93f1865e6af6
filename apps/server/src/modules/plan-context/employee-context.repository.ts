import type { DeadlineExtension, EmployeeKind } from '@kinerja/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import { preparedMarker } from '../../db/statement-hooks.js';
import type { DB } from '../../db/schema.js';
import { dinasGovernsSql } from '../plans/dinas-jurisdiction.js';

/**
 * Everything about an employee in a period that planning decisions need, read in one round trip:
 * roster data, school and its head in the period, the Dinas assessor, the Tim Kinerja, the local
 * data-diri edit and the per-person extensions (domain.md §1.2, §2.4, §3.2).
 */
export type EmployeeContext = {
  employeeId: string;
  employeeName: string;
  nip: string | null;
  nuptk: string | null;
  employmentStatus: DB['people']['employmentStatus'];
  golonganRuang: string | null;
  jenjangJabatan: string | null;
  jenisPtk: string | null;
  schoolId: string;
  schoolName: string;
  npsn: string;
  jenjang: string;
  provinceCode: string;
  regencyCode: string;
  dinasId: string | null;
  dinasName: string | null;
  periodId: string;
  periodLabel: string;
  ruleSetVersion: string;
  startsOn: string;
  endsOn: string;
  prePlanningOpensOn: string | null;
  prePlanningClosesOn: string | null;
  windowsAreDefaults: boolean;
  planningOpensOn: string;
  planningClosesOn: string;
  executionOpensOn: string;
  executionClosesOn: string;
  assessmentOpensOn: string;
  assessmentClosesOn: string;
  headId: string | null;
  headKind: 'definitive' | 'acting' | null;
  headName: string | null;
  /** The head's own plan status in the period (the 2024-S2 wait for the atasan — domain.md §2.4). */
  headPlanStatus: DB['plans']['status'] | null;
  assessorId: string | null;
  assessorName: string | null;
  assignedTimIds: string[];
  pengawasIds: string[];
  overrideGolongan: string | null;
  overrideRuang: string | null;
  overrideCareerLevel: string | null;
  overrideEditedAt: Date | null;
  extensions: DeadlineExtension[];
};

/** Key of an employee context: the person, their school and the period. */
export type EmployeeContextKey = { personId: string; periodId: string; schoolId: string };

/** The SQL of an employee context (one row), shared by the plain and the actor-joined loader. */
export function employeeContextSql(key: EmployeeContextKey): RawBuilder<EmployeeContext> {
  return sql<EmployeeContext>`
    select p.id as employee_id, p.name as employee_name, p.nip, p.nuptk, p.employment_status,
           p.golongan_ruang, p.jenjang_jabatan, p.jenis_ptk,
           s.id as school_id, s.name as school_name, s.npsn, s.jenjang, s.province_code,
           s.regency_code, s.dinas_id, d.name as dinas_name,
           pr.id as period_id, pr.label as period_label, pr.rule_set_version,
           pr.starts_on, pr.ends_on, pr.pre_planning_opens_on, pr.pre_planning_closes_on,
           pr.windows_are_defaults, pr.planning_opens_on, pr.planning_closes_on, pr.execution_opens_on,
           pr.execution_closes_on, pr.assessment_opens_on, pr.assessment_closes_on,
           head.person_id as head_id, head.kind as head_kind, hp.name as head_name,
           (select hpl.status from plans hpl
             where hpl.period_id = pr.id and hpl.employee_id = head.person_id
               and hpl.employee_kind = 'principal' limit 1) as head_plan_status,
           asr.person_id as assessor_id, ap.name as assessor_name,
           coalesce((select json_agg(t.member_id order by t.created_at) from tim_kinerja_members t
                      where t.period_id = pr.id and t.employee_id = p.id), '[]'::json) as assigned_tim_ids,
           coalesce((select json_agg(ps.person_id order by ps.person_id) from pengawas_schools ps
                      where ps.school_id = s.id), '[]'::json) as pengawas_ids,
           o.golongan as override_golongan, o.ruang as override_ruang,
           o.career_level as override_career_level, o.edited_at as override_edited_at,
           coalesce((select json_agg(json_build_object('stage', x.stage, 'until', x.until))
                       from deadline_extensions x
                      where x.period_id = pr.id and x.person_id = p.id), '[]'::json) as extensions
      from people p
      join schools s on s.id = ${key.schoolId}
      join periods pr on pr.id = ${key.periodId}
      left join dinas_offices d on d.id = s.dinas_id
      left join school_principals head on head.school_id = s.id and head.period_id = pr.id
      left join people hp on hp.id = head.person_id
      left join lateral (select o.person_id from dinas_officials o
                          where o.dinas_id = s.dinas_id and o.is_assessor
                            -- only a Dinas that governs the school assesses its principal (§1.1)
                            and exists (select 1 from dinas_offices gd where gd.id = s.dinas_id
                                           and ${dinasGovernsSql('gd', 's')})
                          order by o.person_id limit 1) asr on true
      left join people ap on ap.id = asr.person_id
      left join personal_data_overrides o on o.period_id = pr.id and o.person_id = p.id
     where p.id = ${key.personId}`;
}

/** Loads the employee context of a person at a school in a period; undefined when any is missing. */
export async function findEmployeeContext(
  db: Db,
  key: EmployeeContextKey,
): Promise<EmployeeContext | undefined> {
  // Named prepared statement on PostgreSQL: planning this query costs ≈ 0.7 ms, running it 0.05 ms
  // (issue 15), so it is parsed and planned once per connection.
  const result = await sql<EmployeeContext>`${preparedMarker('employee_context')}
    ${employeeContextSql(key)}`.execute(db);
  return result.rows[0];
}

/**
 * The school an employee plans at: a teacher's primary school (Dapodik staff row), a principal's
 * school led as definitive head in the period (domain.md §1.3).
 */
export async function findEmployeeSchoolId(
  db: Db,
  key: { personId: string; periodId: string; kind: EmployeeKind },
): Promise<string | undefined> {
  if (key.kind === 'principal') {
    const row = await db
      .selectFrom('schoolPrincipals')
      .select('schoolId')
      .where('personId', '=', key.personId)
      .where('periodId', '=', key.periodId)
      .where('kind', '=', 'definitive')
      .orderBy('schoolId')
      .executeTakeFirst();
    return row?.schoolId;
  }
  const row = await db
    .selectFrom('schoolStaff as st')
    .innerJoin('schools as s', 's.id', 'st.schoolId')
    .select('st.schoolId')
    .where('st.personId', '=', key.personId)
    .orderBy('st.isPrimary', 'desc')
    .orderBy('s.name')
    .executeTakeFirst();
  return row?.schoolId;
}
