import type { FastifyBaseLogger } from 'fastify';
import type { SmtpConfig } from '../config.js';
import type { AppContext } from '../lib/context.js';
import { enqueueDigestEmails, enqueueNotificationEmails } from '../modules/email/enqueue-email.js';
import { sendDueEmails, type EmailSendSettings } from '../modules/email/send-emails.js';
import { repeatJob } from './repeat-job.js';

const EVERY_MS = 30 * 1000;
const BATCH = 500;

/**
 * One pass of email: waiting notifications become outbox rows (or are skipped for the digest),
 * the latest day's digests are queued once, then the due rows are sent. Every step is safe to run
 * on several instances at once (SKIP LOCKED, the digest day's claim, leases).
 */
export async function runEmailPass(
  ctx: AppContext,
  smtp: SmtpConfig,
  options: { isStopped?: () => boolean; send?: EmailSendSettings } = {},
) {
  let looked = 0;
  for (;;) {
    const n = await enqueueNotificationEmails(ctx.db, { now: ctx.clock(), limit: BATCH });
    looked += n;
    if (n < BATCH || options.isStopped?.()) break;
  }
  const digests = await enqueueDigestEmails(ctx.db, ctx.clock());
  const sent = { claimed: 0, sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const result = await sendDueEmails(ctx, smtp, options.send);
    sent.claimed += result.claimed;
    sent.sent += result.sent;
    sent.retried += result.retried;
    sent.failed += result.failed;
    if (result.claimed < (options.send?.batchSize ?? 50) || options.isStopped?.()) break;
  }
  return { looked, digests: digests ?? 0, ...sent };
}

/** Sends email every 30 seconds (and at start) while SMTP is configured; returns a stop function. */
export function scheduleEmailDelivery(ctx: AppContext, log: FastifyBaseLogger): () => void {
  const smtp = ctx.config.smtp;
  if (!smtp) return () => undefined;
  return repeatJob({
    name: 'email',
    everyMs: EVERY_MS,
    run: async (isStopped) => {
      const result = await runEmailPass(ctx, smtp, { isStopped });
      if (result.claimed + result.digests > 0) log.info(result, 'pengiriman email');
    },
    onError: (error) => log.error({ err: error }, 'pengiriman email gagal'),
  });
}
