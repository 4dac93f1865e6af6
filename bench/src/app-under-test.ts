import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../../apps/server/src/app.js';
import { openContext } from '../../apps/server/src/bootstrap.js';
import { loadConfig } from '../../apps/server/src/config.js';
import type { Db } from '../../apps/server/src/db/database.js';
import { observeStatements } from '../../apps/server/src/db/statement-hooks.js';
import type { AppContext } from '../../apps/server/src/lib/context.js';
import type { TargetDatabase } from './target-database.js';

/** The real app and the floor server, both listening on loopback in this process. */
export type AppUnderTest = {
  ctx: AppContext;
  appUrl: string;
  floorUrl: string;
  close(): Promise<void>;
};

/**
 * Production-like settings: no demo seed, silent logs (still through pino, as in production). Load
 * shedding is off unless a scenario asks for it: the closed-loop scenarios keep more requests in
 * flight on purpose.
 */
export function benchEnv(
  target: TargetDatabase,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    MAX_IN_FLIGHT_REQUESTS: '0',
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    COOKIE_SECURE: 'false',
    HOST: '127.0.0.1',
    ...target.env,
    ...extra,
  };
}

/** Opens the database as the server does (migrations, periods), without listening yet. */
export const openBenchContext = (target: TargetDatabase): Promise<AppContext> =>
  openContext(loadConfig(benchEnv(target)));

/** Starts `buildApp` and the floor on free ports; closing stops both and the database. */
export async function startAppUnderTest(ctx: AppContext): Promise<AppUnderTest> {
  const app = await buildApp(ctx);
  const floor = buildFloor(ctx.db);
  const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const floorUrl = await floor.listen({ port: 0, host: '127.0.0.1' });
  return {
    ctx,
    appUrl,
    floorUrl,
    close: async () => {
      await floor.close();
      await app.close();
      await ctx.database.close();
    },
  };
}

/** Statements the app has sent since the benchmark process started (every database, every request). */
let statements = 0;
observeStatements(() => {
  statements += 1;
});

/** The table the write floor updates and the one it appends to; `prepareWriteFloor` fills them. */
export async function prepareWriteFloor(db: Db, ids: string[]): Promise<void> {
  await sql`create table bench_floor_rows (id uuid primary key, n integer not null default 0)`.execute(
    db,
  );
  await sql`create table bench_floor_log (id bigserial primary key, row_id uuid not null, at timestamptz not null)`.execute(
    db,
  );
  await sql`insert into bench_floor_rows (id) select unnest(${ids}::uuid[])`.execute(db);
}

/**
 * The floors: bare Fastify routes through the app's own Kysely instance, with no cookie, session,
 * validation or logging — what any endpoint on this database costs at least. `GET /floor/:id` is one
 * primary-key SELECT; `POST /floor-write/:id` one transaction of an UPDATE by key and an INSERT (the
 * least a plan write with its audit row can cost; needs `prepareWriteFloor`). `GET /statements` tells
 * how many statements the app has sent, for the statements-per-request probe.
 */
function buildFloor(db: Db): FastifyInstance {
  const floor = Fastify({ logger: false });
  floor.get('/statements', async () => ({ count: statements }));
  floor.post<{ Params: { id: string } }>('/floor-write/:id', async (request) => {
    const { id } = request.params;
    await db.transaction().execute(async (trx) => {
      await sql`update bench_floor_rows set n = n + 1 where id = ${id}`.execute(trx);
      await sql`insert into bench_floor_log (row_id, at) values (${id}, now())`.execute(trx);
    });
    return { ok: true };
  });
  floor.get<{ Params: { id: string } }>('/floor/:id', async (request, reply) => {
    const row = await db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('id', '=', request.params.id)
      .executeTakeFirst();
    if (!row) return reply.code(404).send({ error: 'not found' });
    return row;
  });
  return floor;
}
