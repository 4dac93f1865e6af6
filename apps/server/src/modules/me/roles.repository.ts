import { sql } from 'kysely';
import type { RoleCode } from '@kinerja/contract';
import type { Db } from '../../db/database.js';
import { preparedMarker } from '../../db/statement-hooks.js';
import { teachingJenisPtkSql } from '../people/teaching-jenis-ptk.js';

/** A role a person holds in a period, with the school or Dinas office it applies to. */
export type RoleRow = {
  role: RoleCode;
  schoolId: string | null;
  schoolName: string | null;
  dinasId: string | null;
  dinasName: string | null;
  /** A Plt: the acting head of the school in the period (domain.md §1.1, GLOSSARY acting principal). */
  isActing: boolean;
};

/**
 * SQL for every role of a person in a period, in one round trip. A teacher is school staff whose Jenis PTK is
 * not Kepala Sekolah; the head of a school in the period is its atasan, and a definitive head is also
 * a pegawai in their own right (domain.md §1.1–1.3).
 */
export function rolesQuery(personId: string, periodId: string) {
  return sql<RoleRow>`
    select 'teacher' as role, s.id as school_id, s.name as school_name, null::uuid as dinas_id, null as dinas_name,
           false as is_acting
      from school_staff st join schools s on s.id = st.school_id join people p on p.id = st.person_id
     where st.person_id = ${personId} and upper(p.jenis_ptk) in (${teachingJenisPtkSql})
    union all
    select 'principal_supervisor', s.id, s.name, null, null, sp.kind = 'acting'
      from school_principals sp join schools s on s.id = sp.school_id
     where sp.person_id = ${personId} and sp.period_id = ${periodId}
    union all
    select 'principal_employee', s.id, s.name, null, null, false
      from school_principals sp join schools s on s.id = sp.school_id
     where sp.person_id = ${personId} and sp.period_id = ${periodId} and sp.kind = 'definitive'
    union all
    select distinct 'pengawas', null::uuid, null, null::uuid, null, false
      from pengawas_schools where person_id = ${personId}
    union all
    select 'dinas_official', null, null, d.id, d.name, false
      from dinas_officials o join dinas_offices d on d.id = o.dinas_id where o.person_id = ${personId}
    union all
    select g.role, s.id, s.name, null, null, false
      from role_grants g left join schools s on s.id = g.school_id where g.person_id = ${personId}
  `;
}

/** Every role of a person in a period (see rolesQuery). */
export async function findRoles(db: Db, personId: string, periodId: string): Promise<RoleRow[]> {
  // Named prepared statement on PostgreSQL: planned once per connection (issue 15).
  const query = sql<RoleRow>`${preparedMarker('roles')}${rolesQuery(personId, periodId)}`;
  return (await query.execute(db)).rows;
}
