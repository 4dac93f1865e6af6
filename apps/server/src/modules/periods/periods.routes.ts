import { errorResponseSchema, periodListResponseSchema } from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { currentPeriod, isoDateInJakarta, isPeriodOpen } from './current-period.js';
import { presentPeriod } from './periods.presenter.js';
import { listPeriodsCached } from './periods.repository.js';

/** GET /api/periods — the choices of "Ganti periode": periods whose first window has started. */
export const periodRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/periods',
      {
        config: { allowDuringPasswordChange: true },
        schema: {
          tags: ['periods'],
          summary: 'Daftar periode',
          response: { 200: periodListResponseSchema, 401: errorResponseSchema },
        },
      },
      async (request) => {
        requireSession(request);
        const now = ctx.clock();
        const periods = await listPeriodsCached(ctx.db, now.getTime());
        const current = currentPeriod(periods, now);
        // A period shows to users from its first window on (issue 13 item 1); the admin's Periode page lists all.
        const today = isoDateInJakarta(now);
        const open = periods.filter((p) => isPeriodOpen(p, today));
        return {
          periods: open.map((p) => presentPeriod(p, current.id, requestLocale(request))),
        };
      },
    );
  };
