import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../lib/context.js';
import { refreshSchoolCounts } from '../modules/dashboards/dashboard-rollup.js';
import { repeatJob } from './repeat-job.js';

const EVERY_MS = 30 * 1000;
const BATCH = 500;

/**
 * Refreshes the dashboards' dirty schools every 30 seconds (and at start), batch after batch until
 * none is left, so that an area dashboard rarely has much to refresh before it reads. Runs never
 * overlap in one process; several processes share the dirty rows through SKIP LOCKED. Errors are
 * logged and the next run tries again. Returns a stop function.
 */
export function scheduleDashboardRefresh(ctx: AppContext, log: FastifyBaseLogger): () => void {
  return repeatJob({
    name: 'dashboard-refresh',
    everyMs: EVERY_MS,
    run: async (isStopped) => {
      let total = 0;
      for (;;) {
        const refreshed = await refreshSchoolCounts(ctx.db, 'all-dirty', { batchSize: BATCH });
        total += refreshed;
        if (refreshed < BATCH || isStopped()) break;
      }
      if (total > 0) log.info({ schools: total }, 'pembaruan dasbor');
    },
    onError: (error) => log.error({ err: error }, 'pembaruan dasbor gagal'),
  });
}
