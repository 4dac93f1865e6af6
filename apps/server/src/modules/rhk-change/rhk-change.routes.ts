import {
  errorResponseSchema,
  idParamsSchema,
  planErrorResponseSchema,
  rhkChangeRequestSchema,
  rhkOverviewResponseSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { answerConflict } from '../plans/read-plan.js';
import { changeRhk } from './change-rhk.js';
import { readRhkOverview } from './read-rhk-overview.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

/** "Ubah Rencana Hasil Kerja" (2024) and the old-vs-new view for employee and supervisor. */
export const rhkChangeRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans/:id/rhk',
      {
        schema: {
          tags: ['rhk-change'],
          summary: 'Rencana Hasil Kerja dengan tanda "DIUBAH OLEH ANDA" dan riwayat perubahan',
          params: idParamsSchema,
          response: { 200: rhkOverviewResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        return readRhkOverview(ctx, {
          planId: request.params.id,
          personId: session.personId,
          locale: requestLocale(request),
        });
      },
    );

    app.put(
      '/api/plans/:id/rhk',
      {
        schema: {
          tags: ['rhk-change'],
          summary: 'Ubah Rencana Hasil Kerja (setelah "Sudah diskusi", sebelum penilaian)',
          params: idParamsSchema,
          body: rhkChangeRequestSchema,
          response: {
            200: rhkOverviewResponseSchema,
            ...errors,
            409: planErrorResponseSchema,
            422: errorResponseSchema,
          },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const locale = requestLocale(request);
        const common = { planId: request.params.id, personId: session.personId, locale };
        try {
          await changeRhk(ctx, { ...common, ...request.body, requestId: request.id });
        } catch (error) {
          return answerConflict(ctx, { error, request, reply, ...common });
        }
        return readRhkOverview(ctx, common);
      },
    );
  };
