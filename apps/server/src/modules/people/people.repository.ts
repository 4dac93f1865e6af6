import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/schema.js';

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
