import type { EKinerjaOutboxRow } from '@kinerja/contract';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { alreadyDelivered, outboxReach, requireOutboxRow } from './outbox-access.js';
import { presentOutboxRow, statusOf } from './outbox.presenter.js';
import { resetForRetry } from './outbox.repository.js';

/**
 * "Kirim ulang": after someone fixed the data (domain.md §6.4), the operator makes a failed or
 * retrying row due at once with a fresh attempt budget; audited, in one transaction.
 */
export async function retryOutboxRow(
  ctx: AppContext,
  input: { session: SessionRow; id: number; requestId: string },
): Promise<EKinerjaOutboxRow> {
  const { actor } = await outboxReach(ctx, input.session);
  const row = await requireOutboxRow(ctx.db, { actor, id: input.id });
  if (statusOf(row) === 'delivered') throw alreadyDelivered();
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    await resetForRetry(trx, { id: row.id, now });
    await writeAudit(trx, {
      at: now,
      actorId: input.session.personId,
      action: 'e_kinerja.retry',
      entityType: 'outbox',
      entityId: String(row.id),
      before: { attempts: row.attempts, failedAt: row.failedAt, lastErrorCode: row.lastErrorCode },
      after: { attempts: 0, failedAt: null },
      requestId: input.requestId,
    });
  });
  return presentOutboxRow(await requireOutboxRow(ctx.db, { actor, id: row.id }));
}
