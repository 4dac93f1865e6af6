import {
  errorResponseSchema,
  extensionOverviewQuerySchema,
  extensionOverviewResponseSchema,
  personLookupQuerySchema,
  personLookupResponseSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { readExtensionOverview } from './extension-overview.js';
import { lookupPeople } from './lookup-people.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const lookupErrors = { ...errors, 429: errorResponseSchema };

/**
 * What the "Perpanjangan Tenggat" and "Tim Kinerja" pages need to name a person: an exact lookup by
 * NIP, NUPTK or email, and the period's granted extensions (domain.md §2.2, §2.4).
 */
export const peopleDirectoryRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/people/lookup',
      {
        schema: {
          tags: ['people'],
          summary: 'Cari pegawai dengan NIP, NUPTK atau email (tepat sama)',
          querystring: personLookupQuerySchema,
          response: { 200: personLookupResponseSchema, ...lookupErrors },
        },
      },
      async (request) => ({
        people: await lookupPeople(ctx, requireSession(request), {
          query: request.query.q,
          requestId: request.id,
        }),
      }),
    );

    app.get(
      '/api/deadline-extensions/overview',
      {
        schema: {
          tags: ['deadlines'],
          summary: 'Perpanjangan batas waktu pada periode (yang dapat diberikan pemanggil)',
          querystring: extensionOverviewQuerySchema,
          response: { 200: extensionOverviewResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        const extensions = await readExtensionOverview(ctx, {
          personId: session.personId,
          period,
        });
        return { period: { id: period.id, label: period.label }, extensions };
      },
    );
  };
