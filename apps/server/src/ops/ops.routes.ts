import { readdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { isDatabaseUp } from '../db/database.js';
import { migrationsDir } from '../db/migrate.js';
import { AppError } from '../lib/app-error.js';
import type { AppContext } from '../lib/context.js';
import { dataFamilies } from './data-metrics.js';
import { emailFamilies } from './email-metrics.js';
import { jobFamilies } from './job-metrics.js';
import { assertOperator } from './operator-access.js';
import { renderFamilies, type Family } from './prometheus-text.js';
import { registerRequestMetrics } from './request-metrics.js';

/** Migrations this build ships; readiness wants every one of them applied. */
function shippedMigrations(): string[] {
  return readdirSync(migrationsDir()).filter((f) => f.endsWith('.sql'));
}

async function pendingMigrations(ctx: AppContext, shipped: string[]): Promise<number> {
  const done = new Set(
    (await ctx.db.selectFrom('schemaMigrations').select('name').execute()).map((r) => r.name),
  );
  return shipped.filter((name) => !done.has(name)).length;
}

function poolFamilies(ctx: AppContext): Family[] {
  const pool = ctx.database.poolStats();
  const gauge = (name: string, help: string, value: number): Family => ({
    name,
    help,
    type: 'gauge',
    samples: [{ labels: { database: ctx.database.kind }, value }],
  });
  return [
    gauge('kinerja_db_pool_connections', 'Open database connections of this process.', pool.total),
    gauge('kinerja_db_pool_idle', 'Open connections not in use.', pool.idle),
    gauge('kinerja_db_pool_waiting', 'Queries waiting for a free connection.', pool.waiting),
    gauge('kinerja_db_pool_max', 'Largest pool allowed (DATABASE_POOL_SIZE).', pool.max),
  ];
}

/**
 * Operations endpoints outside /api (issue 16 item 5): GET /health/live (the process answers),
 * GET /health/ready (the database answers and every shipped migration is applied; a load balancer
 * sends traffic only then) and GET /metrics in the Prometheus text format. Registered on the root
 * instance before the feature modules so the request hook sees every route.
 */
export function registerOps(app: FastifyInstance, ctx: AppContext): void {
  const requests = registerRequestMetrics(app);
  const shipped = shippedMigrations();

  app.get('/health/live', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/health/ready', { schema: { hide: true } }, async (_request, reply) => {
    if (!(await isDatabaseUp(ctx.db))) {
      return reply.status(503).send({ status: 'unavailable', reason: 'database' });
    }
    const pending = await pendingMigrations(ctx, shipped);
    if (pending > 0) {
      return reply.status(503).send({ status: 'unavailable', reason: 'migrations', pending });
    }
    return { status: 'ok' };
  });

  // The embedded database as a gzipped tar, for `npm run backup` on this machine (cli/backup.ts).
  app.get('/ops/backup/database', { schema: { hide: true } }, async (request, reply) => {
    assertOperator(request, ctx.config.metricsToken);
    const dump = ctx.database.dumpEmbedded;
    if (!dump) {
      throw new AppError({
        code: 'CONFLICT',
        message:
          'Basis data PostgreSQL dicadangkan dengan pg_dump atau pemulihan titik waktu, bukan lewat aplikasi.',
      });
    }
    const archive = Buffer.from(await (await dump()).arrayBuffer());
    return reply
      .header('content-type', 'application/gzip')
      .header('cache-control', 'no-store')
      .send(archive);
  });

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    assertOperator(request, ctx.config.metricsToken);
    const families = [
      ...requests.families(),
      ...poolFamilies(ctx),
      ...jobFamilies(),
      ...(await dataFamilies(ctx)),
      ...(await emailFamilies(ctx)),
    ];
    return reply
      .header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(renderFamilies(families));
  });
}
