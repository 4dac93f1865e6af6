import { can, type PolicyAction } from '@kinerja/domain';
import { forbidden } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { resolveActivePeriod } from '../me/active-choice.js';
import { loadActor } from '../plan-context/plan-actor.js';

const REFUSALS: Partial<Record<PolicyAction, string>> = {
  'period.manage': 'Hanya Admin yang dapat mengelola periode dan tahapannya.',
  'rule_set.view': 'Perbandingan aturan periode hanya untuk kepala sekolah, Dinas, dan Admin.',
};

/** Refuses (403) unless the session's person may do a period action in their active period. */
export async function requirePeriodAccess(
  ctx: AppContext,
  session: SessionRow,
  action: 'period.manage' | 'rule_set.view',
): Promise<void> {
  const { period } = await resolveActivePeriod(ctx.db, session, ctx.clock());
  const actor = await loadActor(ctx.db, session.personId, period.id);
  if (!can(actor, action).allowed) throw forbidden(REFUSALS[action]);
}
