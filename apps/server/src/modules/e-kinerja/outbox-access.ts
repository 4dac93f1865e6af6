import { DINAS_SCHOOL_LEVELS, can, type Actor } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { resolveActivePeriod } from '../me/active-choice.js';
import { hasRoleFor, loadActor } from '../plan-context/plan-actor.js';
import { withSchoolLevel } from '../plans/plan-supervision.js';
import { listOutbox, type OutboxListRow, type OutboxReach } from './outbox.repository.js';

/** The actor in the active period and the part of the outbox their roles reach. */
export async function outboxReach(
  ctx: AppContext,
  session: SessionRow,
): Promise<{ actor: Actor; reach: OutboxReach }> {
  const { period } = await resolveActivePeriod(ctx.db, session, ctx.clock());
  const actor = await loadActor(ctx.db, session.personId, period.id);
  const reach: OutboxReach = { isAll: false, schoolIds: [], regions: [] };
  for (const grant of actor.roles) {
    if (grant.role === 'admin') reach.isAll = true;
    if (grant.role === 'school_operator' && grant.schoolId) reach.schoolIds.push(grant.schoolId);
    if (grant.role === 'dinas_official' && grant.regionCode && grant.dinasLevel) {
      const levels = DINAS_SCHOOL_LEVELS[grant.dinasLevel];
      reach.regions.push({ code: grant.regionCode, levels });
    }
  }
  if (!hasRoleFor(actor, 'e_kinerja.sync')) {
    throw forbidden('Log sinkronisasi e-Kinerja hanya untuk Operator Sekolah, Dinas dan Admin.');
  }
  return { actor, reach };
}

/** One row within the actor's reach: 404 outside it (existence is private), 403 for other roles. */
export async function requireOutboxRow(
  db: Db,
  options: { actor: Actor; id: number },
): Promise<OutboxListRow> {
  const [row] = await listOutbox(db, {
    reach: { isAll: true, schoolIds: [], regions: [] },
    status: 'all',
    limit: 1,
    offset: 0,
    id: options.id,
  });
  const subject = row
    ? { schoolId: row.schoolId, ...withSchoolLevel(row.jenjang), regionCode: row.regencyCode }
    : {};
  if (!row || !can(options.actor, 'e_kinerja.sync', subject).allowed) {
    throw notFound('Data sinkronisasi tidak ditemukan.');
  }
  return row;
}

/** 409: a delivered record is never sent again. */
export const alreadyDelivered = (): AppError =>
  new AppError({
    code: 'E_KINERJA_ALREADY_DELIVERED',
    status: 409,
    message: 'Data ini sudah diterima e-Kinerja; tidak perlu dikirim ulang.',
  });
