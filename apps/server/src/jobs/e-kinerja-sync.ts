import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../lib/context.js';
import { syncOutbox } from '../modules/e-kinerja/sync-outbox.js';
import { repeatJob } from './repeat-job.js';

const EVERY_MS = 30 * 1000;
const BATCH = 50;

/**
 * Pushes the e-Kinerja outbox every 30 seconds (and at start) while E_KINERJA_URL is set; a full
 * batch is followed by the next one at once. Runs never overlap in one process, and several
 * processes share the rows through SKIP LOCKED. Returns a stop function.
 */
export function scheduleEKinerjaSync(ctx: AppContext, log: FastifyBaseLogger): () => void {
  const settings = ctx.config.eKinerja;
  if (!settings) return () => undefined;
  return repeatJob({
    name: 'e-kinerja-sync',
    everyMs: EVERY_MS,
    run: async (isStopped) => {
      for (;;) {
        const result = await syncOutbox(ctx, { ...settings, batchSize: BATCH });
        if (result.claimed > 0) log.info(result, 'sinkronisasi e-Kinerja');
        if (result.claimed < BATCH || isStopped()) break;
      }
    },
    onError: (error) => log.error({ err: error }, 'sinkronisasi e-Kinerja gagal'),
  });
}
