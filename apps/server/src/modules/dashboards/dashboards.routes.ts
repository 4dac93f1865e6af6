import {
  areaDashboardResponseSchema,
  dashboardQuerySchema,
  errorResponseSchema,
  idParamsSchema,
  provinceParamsSchema,
  schoolDashboardResponseSchema,
  z,
  type AreaDashboardResponse,
} from '@kinerja/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { readerFor } from '../../plugins/read-routing.js';
import { requireSession } from '../../plugins/session.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { dashboardFileName, dashboardWorkbook } from './dashboard-xlsx.js';
import {
  readDinasDashboard,
  readNationDashboard,
  readProvinceDashboard,
} from './read-area-dashboard.js';
import { readSchoolDashboard } from './read-school-dashboard.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const xlsxResponse = { 200: z.unknown().describe('XLSX'), ...errors };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Query = z.infer<typeof dashboardQuerySchema>;
type Common = {
  personId: string;
  period: PeriodRow;
  document: Query['document'];
  locale: ReturnType<typeof requestLocale>;
  reader: Db;
};

/** The signed-in caller, the period asked for (default: active) and the document asked for. */
async function commonInput(
  ctx: AppContext,
  request: FastifyRequest<{ Querystring: Query }>,
): Promise<Common> {
  const session = requireSession(request);
  return {
    personId: session.personId,
    period: await requestedPeriod(ctx, session, request.query.periodId),
    document: request.query.document,
    locale: requestLocale(request),
    // The counts may come from the replica; access checks and periods stay on the primary.
    reader: readerFor(ctx, request),
  };
}

async function sendXlsx(reply: FastifyReply, dashboard: AreaDashboardResponse) {
  const file = await dashboardWorkbook(dashboard);
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${dashboardFileName(dashboard)}"`)
    .header('cache-control', 'private, no-store')
    .send(file);
}

/** Dasbor: progress through the stages per teacher, school, kabupaten/kota and province (§3.10). */
export const dashboardRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/schools/:id/dashboard',
      {
        schema: {
          tags: ['dashboards'],
          summary: 'Dasbor sekolah: tahap setiap guru dan distribusi predikat',
          params: idParamsSchema,
          querystring: dashboardQuerySchema,
          response: { 200: schoolDashboardResponseSchema, ...errors },
        },
      },
      async (request) =>
        readSchoolDashboard(ctx, {
          ...(await commonInput(ctx, request)),
          schoolId: request.params.id,
        }),
    );

    const dinasDashboard = async (
      request: FastifyRequest<{ Params: { id: string }; Querystring: Query }>,
    ) =>
      readDinasDashboard(ctx, { ...(await commonInput(ctx, request)), dinasId: request.params.id });
    app.get(
      '/api/dinas/:id/dashboard',
      {
        schema: {
          tags: ['dashboards'],
          summary: 'Dasbor Dinas: tahap guru per sekolah di wilayah Dinas',
          params: idParamsSchema,
          querystring: dashboardQuerySchema,
          response: { 200: areaDashboardResponseSchema, ...errors },
        },
      },
      dinasDashboard,
    );
    app.get(
      '/api/dinas/:id/dashboard.xlsx',
      {
        schema: {
          tags: ['dashboards'],
          summary: 'Unduh dasbor Dinas (XLSX)',
          params: idParamsSchema,
          querystring: dashboardQuerySchema,
          produces: [XLSX_TYPE],
          response: xlsxResponse,
        },
      },
      async (request, reply) => sendXlsx(reply, await dinasDashboard(request)),
    );

    const nationDashboard = async (request: FastifyRequest<{ Querystring: Query }>) =>
      readNationDashboard(ctx, await commonInput(ctx, request));
    app.get(
      '/api/dashboards/provinces',
      {
        schema: {
          tags: ['dashboards'],
          summary: 'Dasbor nasional: tahap guru per provinsi (Admin)',
          querystring: dashboardQuerySchema,
          response: { 200: areaDashboardResponseSchema, ...errors },
        },
      },
      nationDashboard,
    );
    app.get(
      '/api/dashboards/provinces.xlsx',
      {
        schema: {
          tags: ['dashboards'],
          summary: 'Unduh dasbor nasional (XLSX)',
          querystring: dashboardQuerySchema,
          produces: [XLSX_TYPE],
          response: xlsxResponse,
        },
      },
      async (request, reply) => sendXlsx(reply, await nationDashboard(request)),
    );

    const provinceDashboard = async (
      request: FastifyRequest<{ Params: { code: string }; Querystring: Query }>,
    ) =>
      readProvinceDashboard(ctx, {
        ...(await commonInput(ctx, request)),
        provinceCode: request.params.code,
      });
    app.get(
      '/api/dashboards/provinces/:code',
      {
        schema: {
          tags: ['dashboards'],
          summary: 'Dasbor provinsi: tahap guru per kabupaten/kota',
          params: provinceParamsSchema,
          querystring: dashboardQuerySchema,
          response: { 200: areaDashboardResponseSchema, ...errors },
        },
      },
      provinceDashboard,
    );
    app.get(
      '/api/dashboards/provinces/:code.xlsx',
      {
        schema: {
          tags: ['dashboards'],
          summary: 'Unduh dasbor provinsi (XLSX)',
          params: provinceParamsSchema,
          querystring: dashboardQuerySchema,
          produces: [XLSX_TYPE],
          response: xlsxResponse,
        },
      },
      async (request, reply) => sendXlsx(reply, await provinceDashboard(request)),
    );
  };
