import {
  dinasPrincipalsQuerySchema,
  dinasPrincipalsResponseSchema,
  errorResponseSchema,
  idParamsSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { readDinasPrincipals } from './read-dinas-principals.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

/** The Dinas's principals: Pelaksanaan to confirm and Penilaian to set (issue #11 item 1). */
export const dinasPrincipalRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/dinas/:id/principals',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Kepala Sekolah di wilayah Dinas: Pelaksanaan dan Penilaian Kinerjanya',
          params: idParamsSchema,
          querystring: dinasPrincipalsQuerySchema,
          response: { 200: dinasPrincipalsResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        return readDinasPrincipals(ctx, {
          personId: session.personId,
          dinasId: request.params.id,
          period,
          document: request.query.document,
          limit: request.query.limit,
          offset: request.query.offset,
          locale: requestLocale(request),
        });
      },
    );
  };
