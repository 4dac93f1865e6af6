import {
  errorResponseSchema,
  idParamsSchema,
  myPlanQuerySchema,
  myPlanResponseSchema,
  planErrorResponseSchema,
  planHistoryResponseSchema,
  planSchema,
  savePlanDraftRequestSchema,
  startPlanRequestSchema,
  z,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { findMyPlan } from './find-my-plan.js';
import { planReviewRoutes } from './plan-review.routes.js';
import { planStepRoutes } from './plan-steps.routes.js';
import { renderPlanPdf } from './plan-pdf.js';
import { readPlanHistory } from './plan-history.js';
import { loadPlanScope } from '../plan-context/plan-scope.js';
import { readPlan, requestedPeriod, writeThenReadPlan } from './read-plan.js';
import { savePlanDraft } from './save-plan-draft.js';
import { startPlan } from './start-plan.js';
import { submitPlan } from './submit-plan.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const writeErrors = { ...errors, 409: planErrorResponseSchema, 422: errorResponseSchema };
const idempotencyHeaders = z.object({
  'idempotency-key': z.string().trim().min(1).max(100).optional(),
});
const submitBodySchema = z.object({ version: z.number().int().min(1).optional() }).optional();

/** Perencanaan Kinerja for the employee: "Mulai", drafts, "Ajukan", history and "Unduh PDF" (issue #4). */
export const planRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(planStepRoutes(ctx));
    await app.register(planReviewRoutes(ctx));

    app.get(
      '/api/plans/mine',
      {
        schema: {
          tags: ['plans'],
          summary: 'Perencanaan Kinerja saya pada periode aktif (atau periodId)',
          querystring: myPlanQuerySchema,
          response: { 200: myPlanResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        return findMyPlan(ctx, {
          session,
          period,
          kind: request.query.kind,
          locale: requestLocale(request),
        });
      },
    );

    app.post(
      '/api/plans',
      {
        schema: {
          tags: ['plans'],
          summary: 'Mulai: membuat Perencanaan Kinerja (idempoten)',
          body: startPlanRequestSchema,
          response: { 200: planSchema, 201: planSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.body.periodId);
        const locale = requestLocale(request);
        const started = await startPlan(ctx, {
          personId: session.personId,
          periodId: period.id,
          kind: request.body.kind,
          activeRole: session.activeRole,
          requestId: request.id,
          locale,
        });
        const plan = await readPlan(ctx, { ...started, personId: session.personId, locale });
        return reply.code(started.isCreated ? 201 : 200).send(plan);
      },
    );

    app.get(
      '/api/plans/:id',
      {
        schema: {
          tags: ['plans'],
          summary: 'Satu Perencanaan Kinerja',
          params: idParamsSchema,
          response: { 200: planSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const locale = requestLocale(request);
        return readPlan(ctx, { planId: request.params.id, personId: session.personId, locale });
      },
    );

    app.put(
      '/api/plans/:id/draft',
      {
        schema: {
          tags: ['plans'],
          summary: 'Simpan Draf (seluruh isi, dengan version; 409 bila versi usang)',
          params: idParamsSchema,
          headers: idempotencyHeaders,
          body: savePlanDraftRequestSchema,
          response: { 200: planSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        writeThenReadPlan(
          ctx,
          { request, reply, planId: request.params.id, writesPlanOnly: true },
          (input) =>
            savePlanDraft(ctx, {
              ...input,
              ...request.body,
              idempotencyKey: request.headers['idempotency-key'],
            }),
        ),
    );

    app.post(
      '/api/plans/:id/submit',
      {
        schema: {
          tags: ['plans'],
          summary: 'Ajukan Perencanaan Kinerja',
          params: idParamsSchema,
          body: submitBodySchema,
          response: { 200: planSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        writeThenReadPlan(
          ctx,
          { request, reply, planId: request.params.id, writesPlanOnly: true },
          (input) => submitPlan(ctx, { ...input, version: request.body?.version }),
        ),
    );

    app.get(
      '/api/plans/:id/history',
      {
        schema: {
          tags: ['plans'],
          summary: 'Riwayat versi yang diajukan dan keputusan atasan',
          params: idParamsSchema,
          response: { 200: planHistoryResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const scope = await loadPlanScope(ctx.db, {
          planId: request.params.id,
          personId: session.personId,
          now: ctx.clock(),
        });
        return readPlanHistory(ctx.db, scope.row.id);
      },
    );

    app.get(
      '/api/plans/:id/pdf',
      {
        schema: {
          tags: ['plans'],
          summary: 'Unduh PDF Perencanaan Kinerja',
          params: idParamsSchema,
          produces: ['application/pdf'],
          response: { 200: z.unknown().describe('PDF (application/pdf)'), ...errors },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const scope = await loadPlanScope(ctx.db, {
          planId: request.params.id,
          personId: session.personId,
          now: ctx.clock(),
        });
        const pdf = await renderPlanPdf(scope);
        const name = `perencanaan-kinerja-${scope.row.periodId}-${scope.employee.nip ?? scope.row.employeeId}.pdf`;
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'private, no-store')
          .send(pdf);
      },
    );
  };
