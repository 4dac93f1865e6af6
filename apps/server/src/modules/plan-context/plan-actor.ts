import type { Actor, PolicyAction, RoleGrant } from '@kinerja/domain';
import { ACTION_GRANTS } from '@kinerja/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import { preparedMarker } from '../../db/statement-hooks.js';
import { rolesQuery, type RoleRow } from '../me/roles.repository.js';

/** One role grant row of a person, with its Dinas office's level and region. */
export type GrantRow = RoleRow & {
  dinasLevel: 'provinsi' | 'kabupaten_kota' | null;
  dinasProvinceCode: string | null;
  dinasRegencyCode: string | null;
};

function toGrant(row: GrantRow, periodId: string): RoleGrant {
  // A provincial Dinas covers every kabupaten/kota code that starts with its province code.
  const regionCode =
    row.dinasLevel === 'provinsi'
      ? (row.dinasProvinceCode ?? undefined)
      : (row.dinasRegencyCode ?? undefined);
  return {
    role: row.role,
    ...(row.schoolId ? { schoolId: row.schoolId } : {}),
    ...(row.dinasId ? { dinasId: row.dinasId } : {}),
    ...(regionCode ? { regionCode } : {}),
    // The level decides which school levels the Dinas governs (UU 23/2014) — domain.md §1.1.
    ...(row.dinasLevel ? { dinasLevel: row.dinasLevel } : {}),
    periodId,
  };
}

/** The rows of a person's role grants in a period, with the Dinas office's level and region. */
export function actorGrantsSql(personId: string, periodId: string): RawBuilder<GrantRow> {
  return sql<GrantRow>`
    select r.*, d.level as dinas_level, d.province_code as dinas_province_code,
           d.regency_code as dinas_regency_code
      from (${rolesQuery(personId, periodId)}) r
      left join dinas_offices d on d.id = r.dinas_id`;
}

/** The domain Actor of a person from their grant rows in a period. */
export function actorFromGrants(personId: string, periodId: string, rows: GrantRow[]): Actor {
  return { personId, roles: rows.map((row) => toGrant(row, periodId)) };
}

/** The domain Actor of a person with the roles they hold in a period (architecture.md §5). */
export async function loadActor(db: Db, personId: string, periodId: string): Promise<Actor> {
  // Named prepared statement on PostgreSQL: the six-way union costs more to plan than to run (issue 15).
  const result = await sql<GrantRow>`${preparedMarker('plan_actor')}
    ${actorGrantsSql(personId, periodId)}`.execute(db);
  return actorFromGrants(personId, periodId, result.rows);
}

/** Whether the actor holds any role that the action is granted to, whatever its scope. */
export function hasRoleFor(actor: Actor, action: PolicyAction): boolean {
  const grants = ACTION_GRANTS[action];
  return actor.roles.some((grant) => grants[grant.role] !== undefined);
}

/** Whether the actor holds a role. */
export const hasRole = (actor: Actor, role: RoleGrant['role']): boolean =>
  actor.roles.some((grant) => grant.role === role);
