import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../lib/context.js';
import { notifyDeadlinesNear } from '../modules/deadlines/notify-deadlines-near.js';
import { repeatJob } from './repeat-job.js';

const HOUR_MS = 3600 * 1000;

/** Runs the idempotent "deadline near" notifications at start and then hourly; returns a stop function. */
export function scheduleDeadlineReminders(ctx: AppContext, log: FastifyBaseLogger): () => void {
  return repeatJob({
    name: 'deadline-reminders',
    everyMs: HOUR_MS,
    run: async () => {
      const written = await notifyDeadlinesNear(ctx, ctx.clock());
      if (written > 0) log.info({ written }, 'pengingat tenggat dikirim');
    },
    onError: (error) => log.error({ err: error }, 'pengingat tenggat gagal'),
  });
}
