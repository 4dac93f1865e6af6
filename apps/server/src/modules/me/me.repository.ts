import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { preparedMarker } from '../../db/statement-hooks.js';
import type { DB } from '../../db/schema.js';
import { rolesQuery, type RoleRow } from './roles.repository.js';

/** The person's roster record, their schools and their roles in a period. */
export type MeProfile = Pick<
  DB['people'],
  | 'name'
  | 'email'
  | 'nip'
  | 'nuptk'
  | 'employmentStatus'
  | 'golonganRuang'
  | 'jenjangJabatan'
  | 'jenisPtk'
> & {
  id: string;
  mustChangePassword: boolean;
  schools: Array<{ id: string; npsn: string; name: string; jenjang: string }>;
  roles: RoleRow[];
  /** The province of the primary school, else of a school or Dinas office of a role; null if none. */
  provinceCode: string | null;
};

/** Loads everything GET /api/me shows in one round trip (it is called on every page load). */
export async function findMeProfile(
  db: Db,
  personId: string,
  periodId: string,
): Promise<MeProfile> {
  // Named prepared statement on PostgreSQL: planned once per connection (issue 15).
  const result = await sql<MeProfile>`${preparedMarker('me_profile')}
    select p.id, p.name, p.email, p.nip, p.nuptk, p.employment_status, p.golongan_ruang,
           p.jenjang_jabatan, p.jenis_ptk, p.must_change_password,
           coalesce((select json_agg(json_build_object('id', s.id, 'npsn', s.npsn, 'name', s.name,
                                                       'jenjang', s.jenjang)
                                     order by st.is_primary desc, s.name)
                       from school_staff st join schools s on s.id = st.school_id
                      where st.person_id = p.id), '[]'::json) as schools,
           coalesce((select json_agg(json_build_object('role', r.role, 'schoolId', r.school_id,
                                                       'schoolName', r.school_name, 'dinasId', r.dinas_id,
                                                       'dinasName', r.dinas_name, 'isActing', r.is_acting))
                       from (${rolesQuery(personId, periodId)}) r), '[]'::json) as roles,
           coalesce((select s.province_code from school_staff st join schools s on s.id = st.school_id
                      where st.person_id = p.id order by st.is_primary desc, s.name limit 1),
                    (select coalesce(s.province_code, d.province_code)
                       from (${rolesQuery(personId, periodId)}) r
                       left join schools s on s.id = r.school_id
                       left join dinas_offices d on d.id = r.dinas_id
                      where coalesce(s.province_code, d.province_code) is not null
                      limit 1),
                    (select s.province_code from pengawas_schools ps join schools s on s.id = ps.school_id
                      where ps.person_id = p.id order by s.name limit 1)) as province_code
      from people p
     where p.id = ${personId}`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error(`person ${personId} of a live session is missing`);
  return row;
}
