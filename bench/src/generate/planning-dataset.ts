import type { Db } from '../../../apps/server/src/db/database.js';
import { generateOrganisation, type BenchUser } from './organisation.js';
import { createSessions } from './sessions.js';

/** One generated school of the planning scenario: its head's session and its teachers' sessions. */
export type PlanningSchool = { id: string; principalCookie: string; teacherCookies: string[] };

/** The organisation of the planning scenario, signed in. */
export type PlanningDataset = {
  schools: PlanningSchool[];
  /** Every generated person, for the floor's primary-key reads. */
  users: BenchUser[];
  /** An administrator's session, to fill the catalogue gaps through the API. */
  admin: { id: string; cookie: string };
};

/**
 * `schools` schools of `teachersPerSchool` teachers plus a definitive head each (organisation.ts:
 * person i < schools heads school i, every later person teaches at school i mod schools), one live
 * session per person, and one administrator.
 */
export async function generatePlanningDataset(
  db: Db,
  input: { schools: number; teachersPerSchool: number; now: Date; ttlHours: number },
): Promise<PlanningDataset> {
  const count = input.schools * (input.teachersPerSchool + 1);
  const users = await generateOrganisation(db, { schools: input.schools, teachers: count });
  const sessionInput = { now: input.now, ttlHours: input.ttlHours };
  const cookies = await createSessions(db, { ...sessionInput, users });
  const rows = await db.selectFrom('schools').select('id').orderBy('npsn').execute();
  if (rows.length !== input.schools) throw new Error(`expected ${input.schools} schools`);
  const schools = rows.map((row, index) => ({
    id: row.id,
    principalCookie: cookies[index] ?? '',
    teacherCookies: [] as string[],
  }));
  for (let i = input.schools; i < cookies.length; i++) {
    schools[i % input.schools]?.teacherCookies.push(cookies[i] ?? '');
  }
  const adminId = await insertAdmin(db);
  const [adminCookie] = await createSessions(db, {
    ...sessionInput,
    users: [{ id: adminId, email: 'admin.bench@kinerja.id' }],
  });
  return { schools, users, admin: { id: adminId, cookie: adminCookie ?? '' } };
}

async function insertAdmin(db: Db): Promise<string> {
  const admin = await db
    .insertInto('people')
    .values({
      name: 'Admin Bench',
      email: 'admin.bench@kinerja.id',
      employmentStatus: 'non_asn',
      jenisPtk: 'Admin',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('roleGrants').values({ personId: admin.id, role: 'admin' }).execute();
  return admin.id;
}
