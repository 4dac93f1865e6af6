import {
  approvePlanRequestSchema,
  bulkApprovePlansRequestSchema,
  bulkApprovePlansResponseSchema,
  dinasPlanListQuerySchema,
  dinasPlanListResponseSchema,
  errorResponseSchema,
  idParamsSchema,
  pengawasPlanListResponseSchema,
  planErrorResponseSchema,
  planListQuerySchema,
  planSchema,
  returnPlanRequestSchema,
  schoolPlanListResponseSchema,
  supervisorExpectationsRequestSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { readerFor } from '../../plugins/read-routing.js';
import { requireSession } from '../../plugins/session.js';
import { approvePlan } from './approve-plan.js';
import { approvePlansInBulk } from './approve-plans-in-bulk.js';
import { requestedPeriod, writeThenReadPlan } from './read-plan.js';
import { readDinasPlans, readPengawasPlans, readSchoolPlans } from './read-plan-lists.js';
import { returnPlan } from './return-plan.js';
import { writeSupervisorExpectations } from './write-supervisor-expectations.js';
import { requireBulkApprover } from './require-bulk-approver.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const writeErrors = { ...errors, 409: planErrorResponseSchema, 422: errorResponseSchema };

/** The supervisor's side: "Periksa" lists, expectations, "Setujui", "Kembalikan", bulk approval. */
export const planReviewRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/schools/:id/plans',
      {
        schema: {
          tags: ['plans'],
          summary: 'Periksa: guru sekolah dan status Perencanaan Kinerja pada periode',
          params: idParamsSchema,
          querystring: planListQuerySchema,
          response: { 200: schoolPlanListResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        return readSchoolPlans(ctx, {
          personId: session.personId,
          period,
          schoolId: request.params.id,
          status: request.query.status,
          locale: requestLocale(request),
          reader: readerFor(ctx, request),
        });
      },
    );

    app.post(
      '/api/schools/:id/plans/approve',
      {
        schema: {
          tags: ['plans'],
          summary: 'Setujui beberapa rencana sekaligus (per rencana: semua atau tidak sama sekali)',
          params: idParamsSchema,
          body: bulkApprovePlansRequestSchema,
          response: { 200: bulkApprovePlansResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        await requireBulkApprover(ctx, { session, schoolId: request.params.id });
        return approvePlansInBulk(ctx, {
          schoolId: request.params.id,
          planIds: request.body.planIds,
          personId: session.personId,
          requestId: request.id,
          locale: requestLocale(request),
        });
      },
    );

    app.get(
      '/api/dinas/:id/plans',
      {
        schema: {
          tags: ['plans'],
          summary: 'Perencanaan Kinerja Kepala Sekolah di wilayah Dinas',
          params: idParamsSchema,
          querystring: dinasPlanListQuerySchema,
          response: { 200: dinasPlanListResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        return readDinasPlans(ctx, {
          ...request.query,
          personId: session.personId,
          period,
          dinasId: request.params.id,
          locale: requestLocale(request),
        });
      },
    );

    app.get(
      '/api/pengawas/plans',
      {
        schema: {
          tags: ['plans'],
          summary: 'Kepala Sekolah binaan Pengawas dan Perencanaan Kinerjanya (baca saja)',
          querystring: planListQuerySchema,
          response: { 200: pengawasPlanListResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        return readPengawasPlans(ctx, {
          personId: session.personId,
          period,
          status: request.query.status,
          locale: requestLocale(request),
        });
      },
    );

    app.put(
      '/api/plans/:id/supervisor-expectations',
      {
        schema: {
          tags: ['plans'],
          summary: 'Tulis Ekspektasi Khusus Pimpinan (atasan, saat Perlu disetujui)',
          params: idParamsSchema,
          body: supervisorExpectationsRequestSchema,
          response: { 200: planSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        writeThenReadPlan(ctx, { request, reply, planId: request.params.id }, (input) =>
          writeSupervisorExpectations(ctx, { ...input, ...request.body }),
        ),
    );

    app.post(
      '/api/plans/:id/approve',
      {
        schema: {
          tags: ['plans'],
          summary: 'Setujui Perencanaan Kinerja',
          params: idParamsSchema,
          body: approvePlanRequestSchema.optional(),
          response: { 200: planSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        writeThenReadPlan(
          ctx,
          { request, reply, planId: request.params.id, writesPlanOnly: true },
          (input) => approvePlan(ctx, { ...input, ...request.body }),
        ),
    );

    app.post(
      '/api/plans/:id/return',
      {
        schema: {
          tags: ['plans'],
          summary: 'Kembalikan Perencanaan Kinerja dengan catatan',
          params: idParamsSchema,
          body: returnPlanRequestSchema,
          response: { 200: planSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        writeThenReadPlan(
          ctx,
          { request, reply, planId: request.params.id, writesPlanOnly: true },
          (input) => returnPlan(ctx, { ...input, ...request.body }),
        ),
    );
  };
