import { z } from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isDatabaseUp } from '../../db/database.js';
import type { AppContext } from '../../lib/context.js';

const healthSchema = z.object({ status: z.enum(['ok', 'unavailable']) });

/** GET /api/health — 200 when the database answers, 503 otherwise. */
export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['health'],
          summary: 'Status layanan',
          response: { 200: healthSchema, 503: healthSchema },
        },
      },
      async (_request, reply) => {
        if (await isDatabaseUp(ctx.db)) return { status: 'ok' as const };
        return reply.status(503).send({ status: 'unavailable' as const });
      },
    );
  };
