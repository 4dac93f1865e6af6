import type { StorageUsageResponse } from '@kinerja/contract';
import { can } from '@kinerja/domain';
import { forbidden } from '../../lib/app-error.js';
import { sweepTempFiles } from '../../lib/blob-store/index.js';
import type { AppContext } from '../../lib/context.js';
import type { SessionRow } from '../auth/sessions.repository.js';
import { loadActor } from '../plan-context/plan-actor.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { isUnreferenced } from './blob-registry.js';
import { BLOB_GRACE_HOURS } from './collect-blobs.js';
import { TEMP_MAX_AGE_HOURS } from './temp-age.js';

/** Storage figures for the administrator: registry totals, unreferenced blobs, temporary files. */
export async function readStorageUsage(
  ctx: AppContext,
  session: SessionRow,
): Promise<StorageUsageResponse> {
  const period = await requestedPeriod(ctx, session, undefined);
  const actor = await loadActor(ctx.db, session.personId, period.id);
  if (!can(actor, 'storage.view').allowed) {
    throw forbidden('Hanya Admin yang dapat melihat pemakaian penyimpanan.');
  }
  const totals = (unreferenced: boolean) => {
    const query = ctx.db
      .selectFrom('storedBlobs')
      .select((eb) => [
        eb.fn.countAll<number>().as('files'),
        eb.fn.coalesce(eb.fn.sum<number>('sizeBytes'), eb.lit(0)).as('bytes'),
      ]);
    return (unreferenced ? query.where(isUnreferenced) : query).executeTakeFirstOrThrow();
  };
  const stored = await totals(false);
  const unreferenced = await totals(true);
  const temporary = await sweepTempFiles(ctx.blobs.tmpDir);
  const figures = (row: { files: number | string; bytes: number | string }) => ({
    files: Number(row.files),
    bytes: Number(row.bytes),
  });
  return {
    store: ctx.blobs.kind,
    stored: figures(stored),
    unreferenced: figures(unreferenced),
    graceHours: BLOB_GRACE_HOURS,
    temporary: { files: temporary.files, bytes: temporary.bytes },
    temporaryMaxAgeHours: TEMP_MAX_AGE_HOURS,
  };
}
