import { sql } from 'kysely';
import type { Db } from '../../../apps/server/src/db/database.js';
import { NATIONAL_PERIOD } from './national-sql.js';
import { createSessions } from './sessions.js';

/** A measured user: the area it reads and its session cookie. */
export type NationalUser = { areaId: string; cookie: string };

/** The signed-in users of the national scenario. */
export type NationalSessions = {
  /** Definitive heads of random schools, with their school (the principal's lists, school ZIPs). */
  principals: NationalUser[];
  /** The assessor official of every kabupaten/kota Dinas, in random order, with its Dinas. */
  kabupaten: NationalUser[];
  /** The administrator (province and nation dashboards). */
  admin: string;
  /** Province codes in random order (the province dashboard rotates over them). */
  provinces: string[];
};

/**
 * Fresh sessions for the measured users, stored as a sign-in stores them (generate/sessions.ts);
 * the kept database's earlier sessions are removed first. `seed` picks which schools are drawn.
 */
export async function createNationalSessions(
  db: Db,
  input: { principals: number; seed: string; now: Date; ttlHours: number },
): Promise<NationalSessions> {
  await db.deleteFrom('sessions').execute();
  const heads = await sql<{ schoolId: string; personId: string }>`
    select sp.school_id, sp.person_id from school_principals sp
     where sp.period_id = ${NATIONAL_PERIOD} and sp.kind = 'definitive'
     order by md5(sp.school_id::text || ${input.seed}) limit ${input.principals}`.execute(db);
  const officials = await sql<{ dinasId: string; personId: string }>`
    select o.dinas_id, o.person_id from dinas_officials o
      join dinas_offices d on d.id = o.dinas_id
     where d.level = 'kabupaten_kota' and o.is_assessor
     order by md5(o.dinas_id::text || ${input.seed})`.execute(db);
  const admin = await db
    .selectFrom('roleGrants')
    .select('personId')
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  const provinces = await sql<{ code: string }>`
    select code from provinces order by md5(code || ${input.seed})`.execute(db);
  const signIn = async (ids: string[]) =>
    createSessions(db, {
      users: ids.map((id) => ({ id, email: '' })),
      now: input.now,
      ttlHours: input.ttlHours,
    });
  const headCookies = await signIn(heads.rows.map((row) => row.personId));
  const officialCookies = await signIn(officials.rows.map((row) => row.personId));
  const [adminCookie] = await signIn([admin.personId]);
  return {
    principals: heads.rows.map((row, k) => ({ areaId: row.schoolId, cookie: headCookies[k]! })),
    kabupaten: officials.rows.map((row, k) => ({
      areaId: row.dinasId,
      cookie: officialCookies[k]!,
    })),
    admin: adminCookie!,
    provinces: provinces.rows.map((row) => row.code),
  };
}
