import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { hashPassword, temporaryPassword } from '../auth/passwords.js';
import { deleteSessionsOf } from '../auth/sessions.repository.js';
import { denial } from './people-denial.js';
import { mayResetPassword, type PeopleActor } from './people-policy.js';
import { findResetTarget, setTemporaryPassword } from './people.repository.js';

/**
 * The operator's answer to "Lupa kata sandi" (domain.md §3.1, §6.1): a one-time password, returned
 * once and stored only as a hash; the person must change it at the next sign-in, and every session
 * they had ends.
 */
export async function resetPassword(
  ctx: AppContext,
  input: { actor: PeopleActor; personId: string; requestId: string },
): Promise<{ temporaryPassword: string }> {
  const target = await findResetTarget(ctx.db, input.personId);
  const decision = mayResetPassword(
    input.actor,
    target ?? { id: input.personId, isAdmin: false, schoolIds: [] },
  );
  if (!decision.ok) throw denial(decision.reason, 'reset');
  if (!target) throw denial('hidden', 'reset');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    await setTemporaryPassword(trx, { personId: input.personId, passwordHash, now: ctx.clock() });
    await deleteSessionsOf(trx, input.personId);
    await writeAudit(trx, {
      actorId: input.actor.personId,
      action: 'person.reset_password',
      entityType: 'person',
      entityId: input.personId,
      after: { mustChangePassword: true },
      requestId: input.requestId,
    });
  });
  return { temporaryPassword: password };
}
