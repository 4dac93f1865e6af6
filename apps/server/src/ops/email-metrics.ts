import { sql } from 'kysely';
import type { AppContext } from '../lib/context.js';
import { Counters, type Family } from './prometheus-text.js';

// Email (issue 16 item 3): failed SMTP attempts of this process, and the shared queue read from the
// outbox at scrape time, so every instance reports the same backlog.

const failures = new Counters();

/** Counts one failed SMTP attempt: `retry` will be tried again, `failed` was given up. */
export function recordEmailFailure(outcome: 'retry' | 'failed' | 'sent' | 'skipped'): void {
  if (outcome === 'retry' || outcome === 'failed') failures.add({ outcome });
}

/** Email series: queue size, given-up rows, failed attempts of this process. */
export async function emailFamilies(ctx: AppContext): Promise<Family[]> {
  const { rows } = await sql<{ queued: number; failed: number }>`
    select count(*) filter (where failed_at is null)::int as queued,
           count(*) filter (where failed_at is not null)::int as failed
      from outbox
     where topic in ('email.notification', 'email.digest') and processed_at is null`.execute(
    ctx.db,
  );
  const counts = rows[0] ?? { queued: 0, failed: 0 };
  return [
    {
      name: 'kinerja_email_queue',
      help: 'Emails waiting to be sent (including those waiting for a retry), all instances.',
      type: 'gauge',
      samples: [{ labels: {}, value: counts.queued }],
    },
    {
      name: 'kinerja_email_given_up',
      help: 'Emails the sender gave up on (5xx answer or attempts used up), all instances.',
      type: 'gauge',
      samples: [{ labels: {}, value: counts.failed }],
    },
    {
      name: 'kinerja_email_send_failures_total',
      help: 'Failed SMTP attempts in this process, by what follows: retry or failed (given up).',
      type: 'counter',
      samples: failures.samples(),
    },
  ];
}
