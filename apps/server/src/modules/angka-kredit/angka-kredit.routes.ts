import {
  angkaKreditQuerySchema,
  angkaKreditResponseSchema,
  errorResponseSchema,
  idParamsSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { readAngkaKredit } from './read-angka-kredit.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

/** Angka kredit from the final predikat, per period and against the next promotion (domain.md §5.4). */
export const angkaKreditRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/angka-kredit/mine',
      {
        schema: {
          tags: ['angka-kredit'],
          summary:
            'Angka kredit saya per periode dan kumulatif terhadap kenaikan pangkat berikutnya',
          response: { 200: angkaKreditResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        return readAngkaKredit(ctx, {
          personId: session.personId,
          readerId: session.personId,
          periodId: (await requestedPeriod(ctx, session, undefined)).id,
          locale: requestLocale(request),
        });
      },
    );

    app.get(
      '/api/people/:id/angka-kredit',
      {
        schema: {
          tags: ['angka-kredit'],
          summary: 'Angka kredit seorang pegawai (atasan pada periode, Dinas, Admin)',
          params: idParamsSchema,
          querystring: angkaKreditQuerySchema,
          response: { 200: angkaKreditResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        return readAngkaKredit(ctx, {
          personId: request.params.id,
          readerId: session.personId,
          periodId: period.id,
          locale: requestLocale(request),
        });
      },
    );
  };
