import { mayResetPassword } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { hashPassword, temporaryPassword } from '../auth/passwords.js';
import { deleteSessionsOf, type SessionRow } from '../auth/sessions.repository.js';
import { resolveActivePeriod } from '../me/active-choice.js';
import { passwordResetText } from '../notifications/notification-texts.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { loadActor } from '../plan-context/plan-actor.js';
import { findAccountTargets } from './account-targets.repository.js';
import { resetDenial } from './people-denial.js';
import { setTemporaryPassword } from './people.repository.js';

/**
 * "Lupa kata sandi" (domain.md §3.1, §6.1): a one-time password, returned once and stored only as a
 * hash; the person must change it at the next sign-in, and every session they had ends. Who may do
 * it is the domain's `mayResetPassword` (the operator for staff, the Dinas for principals, the admin
 * above them), judged on the person's powers in the active and the current period. The reset, its
 * audit row and the notice to the person are one transaction.
 */
export async function resetPassword(
  ctx: AppContext,
  input: { session: SessionRow; personId: string; requestId: string },
): Promise<{ temporaryPassword: string }> {
  const { period, currentPeriodId } = await resolveActivePeriod(ctx.db, input.session, ctx.clock());
  const actor = await loadActor(ctx.db, input.session.personId, period.id);
  const targets = await findAccountTargets(ctx.db, [input.personId], [period.id, currentPeriodId]);
  const target = targets.get(input.personId);
  const decision = mayResetPassword(
    actor,
    target ?? { personId: input.personId, roles: [], staffPlaces: [], ledPlaces: [] },
  );
  if (!decision.allowed) throw resetDenial(decision);
  if (!target) throw resetDenial({ allowed: false, reason: 'hidden' });
  const caller = await ctx.db
    .selectFrom('people')
    .select('name')
    .where('id', '=', actor.personId)
    .executeTakeFirstOrThrow();
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    await setTemporaryPassword(trx, { personId: input.personId, passwordHash, now: ctx.clock() });
    await deleteSessionsOf(trx, input.personId);
    await writeAudit(trx, {
      at: ctx.clock(),
      actorId: actor.personId,
      action: 'person.reset_password',
      entityType: 'person',
      entityId: input.personId,
      after: { mustChangePassword: true },
      requestId: input.requestId,
    });
    await insertNotification(trx, {
      createdAt: ctx.clock(),
      recipientId: input.personId,
      ...passwordResetText(caller.name),
    });
  });
  return { temporaryPassword: password };
}
