import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../lib/context.js';
import { notifyDeadlinesNear } from '../modules/deadlines/notify-deadlines-near.js';

const HOUR_MS = 3600 * 1000;

/** Runs the idempotent "deadline near" notifications at start and then hourly; returns a stop function. */
export function scheduleDeadlineReminders(ctx: AppContext, log: FastifyBaseLogger): () => void {
  const run = async () => {
    try {
      const written = await notifyDeadlinesNear(ctx, ctx.clock());
      if (written > 0) log.info({ written }, 'pengingat tenggat dikirim');
    } catch (error) {
      log.error({ err: error }, 'pengingat tenggat gagal');
    }
  };
  void run();
  const timer = setInterval(() => void run(), HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
