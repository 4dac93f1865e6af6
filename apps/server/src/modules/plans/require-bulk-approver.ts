import { forbidden, notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { resolveActivePeriod } from '../me/active-choice.js';
import { hasRole, loadActor } from '../plan-context/plan-actor.js';

/**
 * Bulk approval is the head's "Periksa" action for their own school in the active period: 403 for
 * other roles, 404 for another school (architecture.md §5). Each plan is still authorized on its own.
 */
export async function requireBulkApprover(
  ctx: AppContext,
  input: { session: SessionRow; schoolId: string },
): Promise<void> {
  const { period } = await resolveActivePeriod(ctx.db, input.session, ctx.clock());
  const actor = await loadActor(ctx.db, input.session.personId, period.id);
  if (!hasRole(actor, 'principal_supervisor')) {
    throw forbidden('Persetujuan sekaligus hanya untuk Kepala Sekolah sebagai Atasan.');
  }
  const leads = actor.roles.some(
    (grant) => grant.role === 'principal_supervisor' && grant.schoolId === input.schoolId,
  );
  if (!leads) throw notFound('Sekolah tidak ditemukan.');
}
