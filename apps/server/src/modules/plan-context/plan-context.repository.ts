import type { Actor } from '@kinerja/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { preparedMarker } from '../../db/statement-hooks.js';
import {
  employeeContextSql,
  type EmployeeContext,
  type EmployeeContextKey,
} from './employee-context.repository.js';
import { actorFromGrants, actorGrantsSql, type GrantRow } from './plan-actor.js';

/**
 * The employee context of a plan and the actor reading it, in one round trip (issue 15): the two
 * were the costliest statements of every plan request, sent one after the other.
 */
export async function findContextAndActor(
  db: Db,
  key: EmployeeContextKey & { actorId: string },
): Promise<{ employee: EmployeeContext; actor: Actor } | undefined> {
  // Named prepared statement on PostgreSQL: parsed and planned once per connection.
  const result = await sql<EmployeeContext & { actorGrants: GrantRow[] }>`${preparedMarker(
    'plan_context',
  )}
    select ec.*,
           coalesce((select json_agg(g) from (${actorGrantsSql(key.actorId, key.periodId)}) g),
                    '[]'::json) as actor_grants
      from (${employeeContextSql(key)}) ec`.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  const { actorGrants, ...employee } = row;
  return { employee, actor: actorFromGrants(key.actorId, key.periodId, actorGrants) };
}
