import type { Db } from '../../db/database.js';

/** The person's roster record. */
export const findPerson = (db: Db, personId: string) =>
  db
    .selectFrom('people')
    .select([
      'id',
      'name',
      'email',
      'nip',
      'nuptk',
      'employmentStatus',
      'golonganRuang',
      'jenjangJabatan',
      'jenisPtk',
      'mustChangePassword',
    ])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();

/** Schools the person is on the staff of, primary first. */
export const findSchoolsOf = (db: Db, personId: string) =>
  db
    .selectFrom('schoolStaff')
    .innerJoin('schools', 'schools.id', 'schoolStaff.schoolId')
    .select(['schools.id', 'schools.npsn', 'schools.name', 'schools.jenjang'])
    .where('schoolStaff.personId', '=', personId)
    .orderBy('schoolStaff.isPrimary', 'desc')
    .orderBy('schools.name')
    .execute();
