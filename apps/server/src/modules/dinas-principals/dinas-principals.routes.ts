import {
  dinasPrincipalsQuerySchema,
  dinasPrincipalsResponseSchema,
  errorResponseSchema,
  headlessSchoolsQuerySchema,
  headlessSchoolsResponseSchema,
  idParamsSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { listHeadlessSchools } from './dinas-principals.repository.js';
import { readDinasPrincipals, requireDinasReader } from './read-dinas-principals.js';

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

    app.get(
      '/api/dinas/:id/schools-without-principal',
      {
        schema: {
          tags: ['dashboards'],
          summary: 'Tanpa atasan: sekolah tanpa Kepala Sekolah maupun Plt pada periode',
          params: idParamsSchema,
          querystring: headlessSchoolsQuerySchema,
          response: { 200: headlessSchoolsResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        const dinas = await requireDinasReader(ctx, {
          personId: session.personId,
          dinasId: request.params.id,
          period,
        });
        const found = await listHeadlessSchools(ctx.db, {
          dinasId: dinas.id,
          periodId: period.id,
          limit: 200,
        });
        return {
          period: { id: period.id, label: period.label },
          total: found.total,
          schools: found.rows.map((row) => ({
            id: row.schoolId,
            name: row.name,
            npsn: row.npsn,
            teachers: row.teachers,
            waitingPlans: row.waitingPlans,
          })),
        };
      },
    );
  };
