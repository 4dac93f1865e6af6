import type { Db } from '../../db/database.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { currentPeriod } from '../periods/current-period.js';
import { listPeriodsCached, type PeriodRow } from '../periods/periods.repository.js';
import { findRoles, type RoleRow } from './roles.repository.js';

/** The period a session works in: its "Ganti periode" choice when it exists, else the current period. */
export async function resolveActivePeriod(
  db: Db,
  session: SessionRow,
  now: Date,
): Promise<{ period: PeriodRow; currentPeriodId: string }> {
  const periods = await listPeriodsCached(db, now.getTime());
  const current = currentPeriod(periods, now);
  const period = periods.find((p) => p.id === session.activePeriodId) ?? current;
  return { period, currentPeriodId: current.id };
}

/** The roles a session's person holds in its active period — what authorization reads. */
export async function resolveActiveRoles(
  db: Db,
  session: SessionRow,
  now: Date,
): Promise<RoleRow[]> {
  const { period } = await resolveActivePeriod(db, session, now);
  return findRoles(db, session.personId, period.id);
}
