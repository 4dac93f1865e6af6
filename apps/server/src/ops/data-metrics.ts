import { sql } from 'kysely';
import type { AppContext } from '../lib/context.js';
import type { Family } from './prometheus-text.js';

type OutboxRow = { topic: string; pending: number; failed: number; oldestPendingAt: Date | null };

/**
 * Series read from the database at scrape time, so every instance reports the same shared
 * backlog: the outbox (pending, given up, age of the oldest pending row on the injected clock) and
 * the dashboard rollup's dirty schools (architecture "Dashboards").
 */
export async function dataFamilies(ctx: AppContext): Promise<Family[]> {
  const outbox = await sql<OutboxRow>`
    select topic,
           count(*) filter (where processed_at is null and failed_at is null)::int as pending,
           count(*) filter (where failed_at is not null and processed_at is null)::int as failed,
           min(created_at) filter (where processed_at is null and failed_at is null) as oldest_pending_at
      from outbox group by topic order by topic`.execute(ctx.db);
  const dirty = await sql<{ n: number }>`
    select count(*)::int as n from dashboard_dirty_schools`.execute(ctx.db);
  const now = ctx.clock().getTime();
  const oldest = outbox.rows
    .map((r) => (r.oldestPendingAt ? new Date(r.oldestPendingAt).getTime() : null))
    .filter((t): t is number => t !== null);
  return [
    {
      name: 'kinerja_outbox_pending',
      help: 'Outbox rows not yet delivered and not given up, by topic (shared by all instances).',
      type: 'gauge',
      samples: outbox.rows.map((r) => ({ labels: { topic: r.topic }, value: r.pending })),
    },
    {
      name: 'kinerja_outbox_failed',
      help: 'Outbox rows the relay gave up on, waiting for an operator, by topic.',
      type: 'gauge',
      samples: outbox.rows.map((r) => ({ labels: { topic: r.topic }, value: r.failed })),
    },
    {
      name: 'kinerja_outbox_oldest_pending_age_seconds',
      help: 'Age of the oldest pending outbox row; 0 when none is pending.',
      type: 'gauge',
      samples: [
        {
          labels: {},
          value: oldest.length > 0 ? Math.max(0, (now - Math.min(...oldest)) / 1000) : 0,
        },
      ],
    },
    {
      name: 'kinerja_dashboard_dirty_schools',
      help: 'Schools whose dashboard rollup waits for a refresh.',
      type: 'gauge',
      samples: [{ labels: {}, value: dirty.rows[0]?.n ?? 0 }],
    },
  ];
}
