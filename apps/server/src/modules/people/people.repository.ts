import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import type { ResetTarget } from './people-policy.js';

const holdsAdmin = (eb: ExpressionBuilder<DB, 'people'>) =>
  eb
    .exists(
      eb
        .selectFrom('roleGrants')
        .select('roleGrants.id')
        .whereRef('roleGrants.personId', '=', 'people.id')
        .where('roleGrants.role', '=', 'admin'),
    )
    .$castTo<boolean>();

/** A staff member with what the list shows and what its abilities depend on. */
export type StaffRow = {
  id: string;
  name: string;
  nip: string | null;
  nuptk: string | null;
  email: string | null;
  employmentStatus: 'pns' | 'pppk' | 'non_asn';
  jenisPtk: string | null;
  mustChangePassword: boolean;
  isAdmin: boolean;
};

/** A school's staff sorted by name; byte order after lower-casing, so PGlite and PostgreSQL agree. */
export async function listStaff(db: Db, schoolId: string): Promise<StaffRow[]> {
  return db
    .selectFrom('schoolStaff')
    .innerJoin('people', 'people.id', 'schoolStaff.personId')
    .select((eb) => [
      'people.id',
      'people.name',
      'people.nip',
      'people.nuptk',
      'people.email',
      'people.employmentStatus',
      'people.jenisPtk',
      'people.mustChangePassword',
      holdsAdmin(eb).as('isAdmin'),
    ])
    .where('schoolStaff.schoolId', '=', schoolId)
    .orderBy(sql`lower(${sql.ref('people.name')}) collate "C"`)
    .orderBy('people.id')
    .execute();
}

/** Whether a school exists. */
export async function schoolExists(db: Db, schoolId: string): Promise<boolean> {
  return (
    (await db.selectFrom('schools').select('id').where('id', '=', schoolId).executeTakeFirst()) !==
    undefined
  );
}

/** The person a reset is aimed at: whether they are an admin and the schools they work at. */
export async function findResetTarget(db: Db, personId: string): Promise<ResetTarget | undefined> {
  const person = await db
    .selectFrom('people')
    .select((eb) => ['people.id', holdsAdmin(eb).as('isAdmin')])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!person) return undefined;
  const schools = await db
    .selectFrom('schoolStaff')
    .select('schoolId')
    .where('personId', '=', personId)
    .execute();
  return { id: person.id, isAdmin: person.isAdmin, schoolIds: schools.map((s) => s.schoolId) };
}

/** Replaces the password with a temporary one that must be changed at the next sign-in. */
export async function setTemporaryPassword(
  db: Db,
  input: { personId: string; passwordHash: string; now: Date },
): Promise<void> {
  await db
    .updateTable('people')
    .set({ passwordHash: input.passwordHash, mustChangePassword: true, updatedAt: input.now })
    .where('id', '=', input.personId)
    .execute();
}
