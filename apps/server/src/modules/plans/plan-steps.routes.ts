import {
  editPersonalDataRequestSchema,
  errorResponseSchema,
  idParamsSchema,
  planErrorResponseSchema,
  planOptionsResponseSchema,
  planSchema,
  planTeamResponseSchema,
  practiceOptionsResponseSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { findRaporScores } from '../rapor-pendidikan/rapor-pendidikan.repository.js';
import { confirmPlanTeam } from './confirm-plan-team.js';
import { confirmPersonalData, editPersonalData } from './personal-data-steps.js';
import { presentPlanOptions, presentPracticeOptions } from './plan-options.js';
import { loadPlanScope } from '../plan-context/plan-scope.js';
import { readPlanTeam } from './plan-team.js';
import { writeThenReadPlan } from './read-plan.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const writeErrors = { ...errors, 409: planErrorResponseSchema, 422: errorResponseSchema };

/** The steps around the tabs: data diri, tab options, Praktik Kinerja options, team confirmation. */
export const planStepRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const scopeOf = (planId: string, personId: string) =>
      loadPlanScope(ctx.db, { planId, personId, now: ctx.clock() });

    app.post(
      '/api/plans/:id/personal-data/confirm',
      {
        schema: {
          tags: ['plans'],
          summary: 'Data sudah sesuai',
          params: idParamsSchema,
          response: { 200: planSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        writeThenReadPlan(ctx, { request, reply, planId: request.params.id }, (input) =>
          confirmPersonalData(ctx, input),
        ),
    );

    app.put(
      '/api/plans/:id/personal-data',
      {
        schema: {
          tags: ['plans'],
          summary: 'Edit data diri (sekali; tidak mengubah Dapodik)',
          params: idParamsSchema,
          body: editPersonalDataRequestSchema,
          response: { 200: planSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        writeThenReadPlan(ctx, { request, reply, planId: request.params.id }, (input) =>
          editPersonalData(ctx, { ...input, edit: request.body }),
        ),
    );

    app.get(
      '/api/plans/:id/options',
      {
        schema: {
          tags: ['plans'],
          summary: 'Pilihan setiap tab (kecuali Praktik Kinerja)',
          params: idParamsSchema,
          response: { 200: planOptionsResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const scope = await scopeOf(request.params.id, session.personId);
        return presentPlanOptions(scope, requestLocale(request));
      },
    );

    app.get(
      '/api/plans/:id/practice-options',
      {
        schema: {
          tags: ['plans'],
          summary: 'Sub indikator Praktik Kinerja: rekomendasi Rapor Pendidikan lalu lainnya',
          params: idParamsSchema,
          response: { 200: practiceOptionsResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const scope = await scopeOf(request.params.id, session.personId);
        return presentPracticeOptions(scope, await findRaporScores(ctx.db, scope.row.schoolId));
      },
    );

    app.get(
      '/api/plans/:id/confirm-team',
      {
        schema: {
          tags: ['plans'],
          summary: 'Tim Kinerja dan Pejabat Penilai Kinerja (Kepala Sekolah sebagai Pegawai)',
          params: idParamsSchema,
          response: { 200: planTeamResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const scope = await scopeOf(request.params.id, session.personId);
        return readPlanTeam(ctx.db, scope, requestLocale(request));
      },
    );

    app.post(
      '/api/plans/:id/confirm-team',
      {
        schema: {
          tags: ['plans'],
          summary: 'Konfirmasi Tim Kinerja dan Pejabat Penilai Kinerja (2026)',
          params: idParamsSchema,
          response: { 200: planSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        writeThenReadPlan(ctx, { request, reply, planId: request.params.id }, (input) =>
          confirmPlanTeam(ctx, input),
        ),
    );
  };
