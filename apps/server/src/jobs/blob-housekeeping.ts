import type { FastifyBaseLogger } from 'fastify';
import { sweepTempFiles } from '../lib/blob-store/index.js';
import type { AppContext } from '../lib/context.js';
import { reconcileBlobRegistry } from '../modules/storage/blob-registry.js';
import { collectUnreferencedBlobs } from '../modules/storage/collect-blobs.js';
import { TEMP_MAX_AGE_HOURS } from '../modules/storage/temp-age.js';
import { repeatJob } from './repeat-job.js';

const EVERY_MS = 60 * 60 * 1000;

/**
 * One housekeeping pass: temporary upload files older than an hour are removed (a killed upload
 * leaves its .part file), then unreferenced blobs past the grace period are deleted. The first
 * pass also registers blobs the registry does not know yet. Temp file ages are file times, hence
 * the real clock; blob ages follow the app's clock like the rows that reference them.
 */
export async function runBlobHousekeeping(
  ctx: AppContext,
  options: { reconcile: boolean; isStopped?: () => boolean },
) {
  const removeOlderThan = new Date(Date.now() - TEMP_MAX_AGE_HOURS * 3_600_000);
  const temp = await sweepTempFiles(ctx.blobs.tmpDir, { removeOlderThan });
  const registered = options.reconcile
    ? await reconcileBlobRegistry(ctx.db, ctx.blobs, ctx.clock())
    : 0;
  const collected = await collectUnreferencedBlobs(ctx.db, ctx.blobs, {
    now: ctx.clock(),
    ...(options.isStopped ? { isStopped: options.isStopped } : {}),
  });
  return { temp, registered, collected };
}

/** Runs the housekeeping at start and every hour; several instances share it safely. */
export function scheduleBlobHousekeeping(ctx: AppContext, log: FastifyBaseLogger): () => void {
  let isFirst = true;
  return repeatJob({
    name: 'blob-housekeeping',
    everyMs: EVERY_MS,
    run: async (isStopped) => {
      const result = await runBlobHousekeeping(ctx, { reconcile: isFirst, isStopped });
      isFirst = false;
      const { temp, registered, collected } = result;
      if (temp.removed + registered + collected.files > 0) {
        log.info(
          {
            tempRemoved: temp.removed,
            tempBytes: temp.removedBytes,
            registered,
            blobsDeleted: collected.files,
            blobBytes: collected.bytes,
          },
          'pembersihan berkas',
        );
      }
    },
    onError: (error) => log.error({ err: error }, 'pembersihan berkas gagal'),
  });
}
