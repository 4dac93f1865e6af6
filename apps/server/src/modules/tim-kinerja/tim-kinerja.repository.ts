import type { TimKinerjaMember } from '@kinerja/contract';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

type MemberRow = {
  id: string;
  periodId: string;
  schoolId: string;
  employeeId: string;
  employeeName: string;
  memberId: string;
  memberName: string;
  assignedById: string;
  assignedByName: string;
  createdAt: Date;
};

const membersSql = sql`
  select t.id, t.period_id, t.school_id, t.employee_id, e.name as employee_name, t.member_id,
         m.name as member_name, t.assigned_by as assigned_by_id, a.name as assigned_by_name, t.created_at
    from tim_kinerja_members t
    join people e on e.id = t.employee_id
    join people m on m.id = t.member_id
    join people a on a.id = t.assigned_by`;

function present(row: MemberRow): TimKinerjaMember {
  return {
    id: row.id,
    periodId: row.periodId,
    schoolId: row.schoolId,
    employee: { id: row.employeeId, name: row.employeeName },
    member: { id: row.memberId, name: row.memberName },
    assignedBy: { id: row.assignedById, name: row.assignedByName },
    createdAt: row.createdAt.toISOString(),
  };
}

/** The Tim Kinerja plotted at a school in a period (index tim_kinerja_members_school). */
export async function listTimKinerja(
  db: Db,
  key: { schoolId: string; periodId: string },
): Promise<TimKinerjaMember[]> {
  const result = await sql<MemberRow>`${membersSql}
     where t.period_id = ${key.periodId} and t.school_id = ${key.schoolId}
     order by e.name, m.name, t.id`.execute(db);
  return result.rows.map(present);
}

/** One plotted member by id. */
export async function findTimKinerjaMember(
  db: Db,
  id: string,
): Promise<TimKinerjaMember | undefined> {
  const result = await sql<MemberRow>`${membersSql} where t.id = ${id}`.execute(db);
  const row = result.rows[0];
  return row ? present(row) : undefined;
}

/** The plotted member of an employee, if already there. */
export async function findTimKinerjaId(
  db: Db,
  key: { periodId: string; employeeId: string; memberId: string },
): Promise<string | undefined> {
  const row = await db
    .selectFrom('timKinerjaMembers')
    .select('id')
    .where('periodId', '=', key.periodId)
    .where('employeeId', '=', key.employeeId)
    .where('memberId', '=', key.memberId)
    .executeTakeFirst();
  return row?.id;
}
