import type { Db } from '../../db/database.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { sessionExpiry } from '../../plugins/session.js';
import { hashToken, newToken } from './session-token.js';
import { insertSession } from './sessions.repository.js';

/** Opens a session for a person inside the caller's transaction, with its audit row. */
export async function startSession(
  ctx: AppContext,
  trx: Db,
  input: { personId: string; authMethod: 'password' | 'oidc'; requestId?: string },
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  const now = ctx.clock();
  await insertSession(trx, {
    idHash: hashToken(token),
    personId: input.personId,
    csrfToken,
    authMethod: input.authMethod,
    now,
    expiresAt: sessionExpiry(ctx, now),
  });
  await writeAudit(trx, {
    at: now,
    actorId: input.personId,
    action: 'auth.sign_in',
    entityType: 'person',
    entityId: input.personId,
    after: { method: input.authMethod },
    requestId: input.requestId,
  });
  return { token, csrfToken };
}
