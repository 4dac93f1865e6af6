import type { AccountTarget, RoleCode } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { withSchoolLevel } from '../plans/plan-supervision.js';

/**
 * What decides who may reset each person's password (domain `mayResetPassword`): the roles with
 * powers they hold in the given periods (head of a school, pengawas, Dinas, admin), the schools
 * they work at and the schools they lead — each with its kabupaten/kota code for the Dinas' reach.
 * Batched, so a staff list costs a fixed number of queries.
 */
export async function findAccountTargets(
  db: Db,
  personIds: readonly string[],
  periodIds: readonly string[],
): Promise<Map<string, AccountTarget>> {
  const targets = new Map<string, { roles: RoleCode[]; staff: Place[]; led: Place[] }>();
  if (personIds.length === 0) return new Map();
  const ids = [...new Set(personIds)];
  const people = await db.selectFrom('people').select('id').where('id', 'in', ids).execute();
  for (const { id } of people) targets.set(id, { roles: [], staff: [], led: [] });

  const staff = await db
    .selectFrom('schoolStaff')
    .innerJoin('schools', 'schools.id', 'schoolStaff.schoolId')
    .select([
      'schoolStaff.personId',
      'schools.id as schoolId',
      'schools.regencyCode',
      'schools.jenjang',
    ])
    .where('schoolStaff.personId', 'in', ids)
    .execute();
  for (const row of staff) targets.get(row.personId)?.staff.push(placeOf(row));

  const led = await db
    .selectFrom('schoolPrincipals')
    .innerJoin('schools', 'schools.id', 'schoolPrincipals.schoolId')
    .select([
      'schoolPrincipals.personId',
      'schools.id as schoolId',
      'schools.regencyCode',
      'schools.jenjang',
    ])
    .where('schoolPrincipals.personId', 'in', ids)
    .where('schoolPrincipals.periodId', 'in', [...periodIds])
    .execute();
  for (const row of led) {
    const target = targets.get(row.personId);
    target?.led.push(placeOf(row));
    target?.roles.push('principal_supervisor');
  }

  const oversight = await db
    .selectFrom('pengawasSchools')
    .select(['personId', sql<RoleCode>`'pengawas'`.as('role')])
    .where('personId', 'in', ids)
    .unionAll(
      db
        .selectFrom('dinasOfficials')
        .select(['personId', sql<RoleCode>`'dinas_official'`.as('role')])
        .where('personId', 'in', ids),
    )
    .unionAll(
      db
        .selectFrom('roleGrants')
        .select(['personId', sql<RoleCode>`role`.as('role')])
        .where('personId', 'in', ids),
    )
    .execute();
  for (const row of oversight) targets.get(row.personId)?.roles.push(row.role);

  return new Map(
    [...targets].map(([personId, t]) => [
      personId,
      { personId, roles: t.roles, staffPlaces: t.staff, ledPlaces: t.led },
    ]),
  );
}

type Place = AccountTarget['staffPlaces'][number];

function placeOf(row: { schoolId: string; regencyCode: string | null; jenjang: string }): Place {
  return {
    schoolId: row.schoolId,
    ...(row.regencyCode ? { regionCode: row.regencyCode } : {}),
    ...withSchoolLevel(row.jenjang),
  };
}
