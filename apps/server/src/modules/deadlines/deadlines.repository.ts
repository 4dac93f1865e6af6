import type { DeadlineExtension } from '@kinerja/contract';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { schoolOfDinasSql } from '../plans/dinas-jurisdiction.js';
import type { DB } from '../../db/schema.js';

/** A person with the school that places them in a region (their primary school). */
export type PersonPlacement = {
  id: string;
  name: string;
  schoolId: string | null;
  jenjang: string | null;
  regencyCode: string | null;
  provinceCode: string | null;
};

/** A person and their primary school; undefined when the person does not exist. */
export async function findPersonPlacement(
  db: Db,
  personId: string,
): Promise<PersonPlacement | undefined> {
  const result = await sql<PersonPlacement>`
    select p.id, p.name, s.id as school_id, s.jenjang, s.regency_code, s.province_code
      from people p
      left join lateral (select s.* from school_staff st join schools s on s.id = st.school_id
                          where st.person_id = p.id order by st.is_primary desc, s.name limit 1) s on true
     where p.id = ${personId}`.execute(db);
  return result.rows[0];
}

type ExtensionRow = Omit<DeadlineExtension, 'grantedBy' | 'createdAt'> & {
  grantedById: string;
  grantedByName: string;
  createdAt: Date;
};

/** A person's extensions in a period (or all periods), newest first. */
export async function listExtensions(
  db: Db,
  key: { personId: string; periodId?: string | undefined },
): Promise<DeadlineExtension[]> {
  const result = await sql<ExtensionRow>`
    select x.id, x.person_id, x.period_id, x.stage, x.until, x.reason, x.granted_by as granted_by_id,
           g.name as granted_by_name, x.created_at
      from deadline_extensions x join people g on g.id = x.granted_by
     where x.person_id = ${key.personId}
       ${key.periodId === undefined ? sql`` : sql`and x.period_id = ${key.periodId}`}
     order by x.created_at desc, x.id`.execute(db);
  return result.rows.map(({ grantedById, grantedByName, createdAt, ...row }) => ({
    ...row,
    grantedBy: { id: grantedById, name: grantedByName },
    createdAt: createdAt.toISOString(),
  }));
}

/** Stores an extension in the caller's transaction; returns its id. */
export async function insertExtension(
  trx: Db,
  values: Omit<DB['deadlineExtensions'], 'id' | 'createdAt'> & { createdAt: Date },
): Promise<string> {
  const row = await trx
    .insertInto('deadlineExtensions')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Submitted plans waiting in a school's "Periksa" for a period. */
export async function countSubmittedTeacherPlans(
  db: Db,
  key: { schoolId: string; periodId: string },
): Promise<number> {
  const row = await db
    .selectFrom('plans')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('periodId', '=', key.periodId)
    .where('schoolId', '=', key.schoolId)
    .where('status', '=', 'submitted')
    .where('employeeKind', '=', 'teacher')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Submitted principal plans of a Dinas office's schools (of the levels it governs, §1.1) for a period. */
export async function countSubmittedPrincipalPlans(
  db: Db,
  key: { dinasId: string; periodId: string },
): Promise<number> {
  const row = await db
    .selectFrom('plans as p')
    .innerJoin('schools as s', 's.id', 'p.schoolId')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('p.periodId', '=', key.periodId)
    .where(schoolOfDinasSql(key.dinasId))
    .where('p.status', '=', 'submitted')
    .where('p.employeeKind', '=', 'principal')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
