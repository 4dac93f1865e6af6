import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { seedDemoIfEmpty } from './seed-demo.js';

// Issue 13 item 5, one clock: with the injected clock in 2025 every timestamp the app writes is a
// 2025 one. A write that leaves a column to the database's default now() (the real date, 2026 or
// later) shows up here.

const COLUMNS = [
  ['notifications', 'created_at'],
  ['outbox', 'created_at'],
  ['outbox', 'available_at'],
  ['audit_log', 'at'],
  ['rapor_pendidikan_imports', 'created_at'],
  ['plans', 'created_at'],
  ['plans', 'updated_at'],
  ['plan_decisions', 'decided_at'],
  ['written_documents', 'updated_at'],
  ['practice_cycles', 'updated_at'],
] as const;

describe('one clock for every timestamp (injected clock in 2025)', () => {
  const t = useTestApp({ now: '2025-03-10T03:00:00.000Z' });

  it(
    'notifications, outbox, audit and import rows of the demo year carry the injected time',
    { timeout: 300_000 },
    async () => {
      const { ctx } = t();
      expect(await seedDemoIfEmpty(ctx)).not.toBeNull();
      for (const [table, column] of COLUMNS) {
        const { rows } = await sql<{ total: number; outside: number }>`
        select count(*)::int as total,
               count(*) filter (where ${sql.ref(column)} >= '2025-03-10T03:00:01Z'
                                   or ${sql.ref(column)} < '2025-01-01T00:00:00Z')::int as outside
          from ${sql.table(table)}`.execute(ctx.db);
        expect(rows[0]!.total, `${table} has rows`).toBeGreaterThan(0);
        expect(rows[0]!.outside, `${table}.${column} after the injected clock`).toBe(0);
      }
    },
  );
});
