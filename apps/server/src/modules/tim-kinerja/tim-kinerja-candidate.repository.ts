import type { EmployeeKind } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { dinasGovernsSql } from '../plans/dinas-jurisdiction.js';

/** The employee's school in a period and how a proposed member stands to it (domain.md §1.1). */
export type TimKinerjaPlacement = {
  schoolId: string;
  employeeKind: EmployeeKind;
  memberExists: boolean;
  isStaffOfSchool: boolean;
  leadsSchool: boolean;
  isPengawasOfSchool: boolean;
  isDinasOfSchool: boolean;
};

/**
 * Where the employee plans in the period — the school they lead as definitive Kepala Sekolah (a
 * principal's plan) or else their primary school (a teacher's plan), as findEmployeeSchoolId — and
 * the member's ties to that school, read in one round trip. Undefined when the employee has no school.
 */
export async function findTimKinerjaPlacement(
  db: Db,
  key: { periodId: string; employeeId: string; memberId: string },
): Promise<TimKinerjaPlacement | undefined> {
  const result = await sql<TimKinerjaPlacement>`
    with place as (
      select x.school_id, x.employee_kind from (
        (select sp.school_id, 'principal' as employee_kind, 0 as rank
           from school_principals sp
          where sp.person_id = ${key.employeeId} and sp.period_id = ${key.periodId}
            and sp.kind = 'definitive'
          order by sp.school_id limit 1)
        union all
        (select st.school_id, 'teacher', 1
           from school_staff st join schools s on s.id = st.school_id
          where st.person_id = ${key.employeeId}
          order by st.is_primary desc, s.name limit 1)) x
      order by x.rank limit 1)
    select place.school_id, place.employee_kind,
           exists (select 1 from people m where m.id = ${key.memberId}) as member_exists,
           exists (select 1 from school_staff st
                    where st.school_id = place.school_id and st.person_id = ${key.memberId})
             as is_staff_of_school,
           exists (select 1 from school_principals sp
                    where sp.school_id = place.school_id and sp.period_id = ${key.periodId}
                      and sp.person_id = ${key.memberId}) as leads_school,
           exists (select 1 from pengawas_schools ps
                    where ps.school_id = place.school_id and ps.person_id = ${key.memberId})
             as is_pengawas_of_school,
           exists (select 1 from dinas_officials o
                     join dinas_offices d on d.id = o.dinas_id
                     join schools s on s.id = place.school_id
                    where o.person_id = ${key.memberId} and ${dinasGovernsSql('d', 's')})
             as is_dinas_of_school
      from place`.execute(db);
  return result.rows[0];
}
