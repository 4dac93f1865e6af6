import { errorResponseSchema, storageUsageResponseSchema } from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import { readStorageUsage } from './storage-usage.js';

const errors = { 401: errorResponseSchema, 403: errorResponseSchema };

/** The blob store's figures for administrators (issue 12 finding 8). */
export const storageRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/admin/storage',
      {
        schema: {
          tags: ['admin'],
          summary: 'Pemakaian penyimpanan berkas (Admin)',
          response: { 200: storageUsageResponseSchema, ...errors },
        },
      },
      async (request) => readStorageUsage(ctx, requireSession(request)),
    );
  };
