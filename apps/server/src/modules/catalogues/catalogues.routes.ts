import {
  competencyCatalogueQuerySchema,
  competencyCatalogueResponseSchema,
  competencyGroupParamsSchema,
  errorResponseSchema,
  fillCompetencyGroupRequestSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { readCompetencyCatalogue } from './competency-catalogue.js';
import { fillCompetencyIndicators } from './fill-competency-indicators.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

/** Catalogue gaps an administrator fills: the 2025+ competency indicators (domain.md §8.1). */
export const catalogueRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/catalogues/competency-indicators',
      {
        schema: {
          tags: ['catalogues'],
          summary: 'Katalog indikator Pengembangan Kompetensi (2025+) per periode',
          querystring: competencyCatalogueQuerySchema,
          response: { 200: competencyCatalogueResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        return readCompetencyCatalogue(ctx.db, period.id);
      },
    );

    app.put(
      '/api/catalogues/competency-indicators/:periodId/:groupCode',
      {
        schema: {
          tags: ['catalogues'],
          summary: 'Isi indikator satu kompetensi untuk satu periode (Admin; versi baru)',
          params: competencyGroupParamsSchema,
          body: fillCompetencyGroupRequestSchema,
          response: { 200: competencyCatalogueResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        await fillCompetencyIndicators(ctx, {
          personId: session.personId,
          ...request.params,
          body: request.body,
          requestId: request.id,
        });
        return readCompetencyCatalogue(ctx.db, request.params.periodId);
      },
    );
  };
