import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../../apps/server/src/app.js';
import { openContext } from '../../apps/server/src/bootstrap.js';
import { loadConfig } from '../../apps/server/src/config.js';
import type { Db } from '../../apps/server/src/db/database.js';
import type { AppContext } from '../../apps/server/src/lib/context.js';
import type { TargetDatabase } from './target-database.js';

/** The real app and the floor server, both listening on loopback in this process. */
export type AppUnderTest = {
  ctx: AppContext;
  appUrl: string;
  floorUrl: string;
  close(): Promise<void>;
};

/** Production-like settings: no demo seed, silent logs (still through pino, as in production). */
export function benchEnv(target: TargetDatabase): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    COOKIE_SECURE: 'false',
    HOST: '127.0.0.1',
    ...target.env,
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

/**
 * The floor: a bare Fastify route doing one primary-key SELECT through the app's own Kysely instance.
 * No cookie, session, validation or logging — what any endpoint on this database costs at least.
 */
function buildFloor(db: Db): FastifyInstance {
  const floor = Fastify({ logger: false });
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
