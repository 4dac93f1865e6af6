import type { RoleCode } from '@kinerja/contract';
import type { Db } from '../../db/database.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { currentPeriod } from '../periods/current-period.js';
import { listPeriods, type PeriodRow } from '../periods/periods.repository.js';
import { findRoles, type RoleRow } from './roles.repository.js';

/** The period and role a session works in: its choice when still valid, else the defaults. */
export async function resolveActiveChoice(
  db: Db,
  session: SessionRow,
  now: Date,
): Promise<{
  period: PeriodRow;
  currentPeriodId: string;
  roles: RoleRow[];
  activeRole: RoleCode | null;
}> {
  const periods = await listPeriods(db);
  const current = currentPeriod(periods, now);
  const period = periods.find((p) => p.id === session.activePeriodId) ?? current;
  const roles = await findRoles(db, session.personId, period.id);
  const chosen = roles.find((r) => r.role === session.activeRole);
  return {
    period,
    currentPeriodId: current.id,
    roles,
    activeRole: (chosen ?? roles[0])?.role ?? null,
  };
}
