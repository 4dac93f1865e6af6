import {
  assignTimKinerjaRequestSchema,
  errorResponseSchema,
  idParamsSchema,
  okResponseSchema,
  timKinerjaListResponseSchema,
  timKinerjaMemberSchema,
  timKinerjaQuerySchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { assignTimKinerja, removeTimKinerja } from './assign-tim-kinerja.js';
import { requireTimKinerjaManager } from './tim-kinerja-access.js';
import { listTimKinerja } from './tim-kinerja.repository.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  422: errorResponseSchema,
};

/** 2026 Pra-Perencanaan: the operator and the Dinas plot the Tim Kinerja (domain.md §2.2). */
export const timKinerjaRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/tim-kinerja',
      {
        schema: {
          tags: ['tim-kinerja'],
          summary: 'Tim Kinerja satu sekolah pada periode',
          querystring: timKinerjaQuerySchema,
          response: { 200: timKinerjaListResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        const key = {
          personId: session.personId,
          schoolId: request.query.schoolId,
          periodId: period.id,
        };
        await requireTimKinerjaManager(ctx.db, key);
        return { members: await listTimKinerja(ctx.db, key) };
      },
    );

    app.post(
      '/api/tim-kinerja',
      {
        schema: {
          tags: ['tim-kinerja'],
          summary: 'Tetapkan anggota Tim Kinerja untuk seorang pegawai',
          body: assignTimKinerjaRequestSchema,
          response: { 200: timKinerjaMemberSchema, 201: timKinerjaMemberSchema, ...errors },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.body.periodId);
        const result = await assignTimKinerja(ctx, {
          ...request.body,
          personId: session.personId,
          periodId: period.id,
          requestId: request.id,
        });
        return reply.code(result.isCreated ? 201 : 200).send(result.member);
      },
    );

    app.delete(
      '/api/tim-kinerja/:id',
      {
        schema: {
          tags: ['tim-kinerja'],
          summary: 'Hapus anggota Tim Kinerja',
          params: idParamsSchema,
          response: { 200: okResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        await removeTimKinerja(ctx, {
          personId: session.personId,
          id: request.params.id,
          requestId: request.id,
        });
        return { ok: true as const };
      },
    );
  };
