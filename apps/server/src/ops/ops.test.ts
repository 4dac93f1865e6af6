import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { repeatJob } from '../jobs/repeat-job.js';
import { useTestApp } from '../test/test-app.js';

// Issue 16 item 5: liveness vs readiness, /metrics in the Prometheus text format and who may read it.

const TOKEN = 'uji-token-pemantauan-0123456789';

/** The value of one sample line (`name{labels} value`) in a Prometheus text body, or undefined. */
function sample(body: string, series: string): number | undefined {
  const line = body.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('health and metrics without a token (loopback only)', () => {
  const t = useTestApp();

  it('is live, and ready only while every shipped migration is applied', async () => {
    const { app, ctx } = t();
    expect((await app.inject({ url: '/health/live' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/health/ready' })).statusCode).toBe(200);
    const last = await ctx.db
      .selectFrom('schemaMigrations')
      .select('name')
      .orderBy('name', 'desc')
      .executeTakeFirstOrThrow();
    await ctx.db.deleteFrom('schemaMigrations').where('name', '=', last.name).execute();
    try {
      const notReady = await app.inject({ url: '/health/ready' });
      expect(notReady.statusCode).toBe(503);
      expect(notReady.json()).toEqual({ status: 'unavailable', reason: 'migrations', pending: 1 });
      expect((await app.inject({ url: '/health/live' })).statusCode).toBe(200);
    } finally {
      await ctx.db.insertInto('schemaMigrations').values({ name: last.name }).execute();
    }
  });

  it('counts requests per route pattern, with latency, pool, jobs, outbox and dashboard series', async () => {
    const { app, ctx } = t();
    await app.inject({ url: '/api/plans/00000000-0000-4000-8000-000000000000' });
    await app.inject({ url: '/api/health' });
    await app.inject({ url: '/api/health' });
    await sql`insert into outbox (topic, payload, created_at, available_at)
              values ('plan.approved', '{}'::jsonb, ${new Date(ctx.clock().getTime() - 90_000)}, ${ctx.clock()})`.execute(
      ctx.db,
    );
    const stop = repeatJob({
      name: 'uji-job',
      everyMs: 60_000,
      run: async () => {},
      onError: () => {},
    });
    stop();
    await Promise.resolve();

    const response = await app.inject({ url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain; version=0.0.4');
    const body = response.body;
    expect(
      sample(body, 'kinerja_http_requests_total{method="GET",route="/api/health",status="200"}'),
    ).toBe(2);
    // The pattern, not the id: one series however many plans are read.
    expect(body).toContain('route="/api/plans/:id",status="401"');
    expect(body).not.toContain('00000000-0000-4000-8000-000000000000');
    expect(
      sample(body, 'kinerja_http_request_duration_seconds_count{method="GET",route="/api/health"}'),
    ).toBe(2);
    expect(
      sample(
        body,
        'kinerja_http_request_duration_seconds_bucket{method="GET",route="/api/health",le="+Inf"}',
      ),
    ).toBe(2);
    expect(
      sample(body, `kinerja_db_pool_max{database="${ctx.database.kind}"}`),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(body, 'kinerja_job_runs_total{job="uji-job",outcome="success"}')).toBe(1);
    expect(sample(body, 'kinerja_job_running{job="uji-job"}')).toBe(0);
    expect(sample(body, 'kinerja_outbox_pending{topic="plan.approved"}')).toBe(1);
    expect(sample(body, 'kinerja_outbox_oldest_pending_age_seconds')).toBe(90);
    expect(sample(body, 'kinerja_dashboard_dirty_schools')).toBeGreaterThanOrEqual(0);
  });

  it('refuses a request that came through a proxy, even from loopback', async () => {
    const response = await t().app.inject({
      url: '/metrics',
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(response.body).not.toContain('kinerja_http');
  });
});

describe('metrics with METRICS_TOKEN', () => {
  const t = useTestApp({ env: { METRICS_TOKEN: TOKEN } });

  it('answers only the bearer of the token, wherever it comes from', async () => {
    const { app } = t();
    expect((await app.inject({ url: '/metrics' })).statusCode).toBe(401);
    const wrong = await app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': '203.0.113.9' },
    });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('# TYPE kinerja_http_requests_total counter');
  });
});
