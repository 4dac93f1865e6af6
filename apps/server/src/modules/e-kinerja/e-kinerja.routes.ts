import { Readable } from 'node:stream';
import {
  eKinerjaExportQuerySchema,
  eKinerjaOutboxDetailSchema,
  eKinerjaOutboxParamsSchema,
  eKinerjaOutboxQuerySchema,
  eKinerjaOutboxResponseSchema,
  eKinerjaOutboxRowSchema,
  errorResponseSchema,
  idParamsSchema,
  z,
} from '@kinerja/contract';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import { dinasOfRequest, schoolOfRequest } from '../assessments/area-request.js';
import { slug } from '../assessments/evaluation-document.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { csvExport, jsonExport, type ExportHeader } from './export-format.js';
import { outboxReach, requireOutboxRow } from './outbox-access.js';
import { presentOutboxRow } from './outbox.presenter.js';
import { countOutbox, listAttempts, listOutbox } from './outbox.repository.js';
import { retryOutboxRow } from './retry-outbox.js';
import type { RecordFilter } from './sync-records.repository.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

function sendExport(
  db: Db,
  reply: FastifyReply,
  options: {
    filter: RecordFilter;
    header: ExportHeader;
    format: 'json' | 'csv';
    name: string;
  },
) {
  const { format, header } = options;
  const fileName = `e-kinerja-${header.periode.id}-${slug(options.name)}.${format}`;
  const body =
    format === 'csv' ? csvExport(db, options.filter) : jsonExport(db, { ...options, header });
  return reply
    .header(
      'content-type',
      format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    )
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(Readable.from(body));
}

const periodOf = (period: PeriodRow) => ({
  id: period.id,
  label: period.label,
  mulai: period.startsOn,
  selesai: period.endsOn,
});

/** e-Kinerja: the export of agreed SKP and final predikat, and the sync log (domain.md §6.4). */
export const eKinerjaRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/schools/:id/e-kinerja/export',
      {
        schema: {
          tags: ['e-kinerja'],
          summary: 'Ekspor SKP disepakati dan predikat final sekolah (JSON atau CSV)',
          params: idParamsSchema,
          querystring: eKinerjaExportQuerySchema,
          produces: ['application/json', 'text/csv'],
          response: { 200: z.unknown().describe('docs/E-KINERJA.md'), ...errors },
        },
      },
      async (request, reply) => {
        const { period, school } = await schoolOfRequest(ctx, request, 'export.school');
        const header: ExportHeader = {
          format: 'kinerja.e-kinerja.v1',
          dibuatPada: ctx.clock().toISOString(),
          cakupan: { jenis: 'sekolah', id: school.id, nama: school.name },
          periode: periodOf(period),
        };
        const filter = { kind: 'school', schoolId: school.id, periodId: period.id } as const;
        const name = `${school.npsn}-${school.name}`;
        return sendExport(ctx.db, reply, { filter, header, format: request.query.format, name });
      },
    );

    app.get(
      '/api/dinas/:id/e-kinerja/export',
      {
        schema: {
          tags: ['e-kinerja'],
          summary: 'Ekspor SKP disepakati dan predikat final wilayah Dinas (JSON atau CSV)',
          params: idParamsSchema,
          querystring: eKinerjaExportQuerySchema,
          produces: ['application/json', 'text/csv'],
          response: { 200: z.unknown().describe('docs/E-KINERJA.md'), ...errors },
        },
      },
      async (request, reply) => {
        const { period, dinas } = await dinasOfRequest(ctx, request, 'export.region');
        const header: ExportHeader = {
          format: 'kinerja.e-kinerja.v1',
          dibuatPada: ctx.clock().toISOString(),
          cakupan: { jenis: 'wilayah', id: dinas.id, nama: dinas.name },
          periode: periodOf(period),
        };
        const filter = { kind: 'dinas', dinasId: dinas.id, periodId: period.id } as const;
        return sendExport(ctx.db, reply, {
          filter,
          header,
          format: request.query.format,
          name: dinas.name,
        });
      },
    );

    app.get(
      '/api/e-kinerja/outbox',
      {
        schema: {
          tags: ['e-kinerja'],
          summary: 'Log sinkronisasi e-Kinerja (filter status, mis. failed)',
          querystring: eKinerjaOutboxQuerySchema,
          response: { 200: eKinerjaOutboxResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const { reach } = await outboxReach(ctx, session);
        const rows = await listOutbox(ctx.db, { reach, ...request.query });
        const counts = await countOutbox(ctx.db, reach);
        const status = request.query.status;
        const total =
          status === 'all'
            ? counts.pending + counts.retrying + counts.failed + counts.delivered
            : counts[status];
        return {
          isConfigured: ctx.config.eKinerja !== undefined,
          counts,
          total,
          rows: rows.map(presentOutboxRow),
        };
      },
    );

    app.get(
      '/api/e-kinerja/outbox/:id',
      {
        schema: {
          tags: ['e-kinerja'],
          summary: 'Satu data sinkronisasi dengan setiap percobaan pengiriman',
          params: eKinerjaOutboxParamsSchema,
          response: { 200: eKinerjaOutboxDetailSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const { actor } = await outboxReach(ctx, session);
        const row = await requireOutboxRow(ctx.db, { actor, id: request.params.id });
        const attempts = await listAttempts(ctx.db, row.id);
        return {
          row: presentOutboxRow(row),
          attemptLog: attempts.map((attempt) => ({
            ...attempt,
            startedAt: attempt.startedAt.toISOString(),
          })),
        };
      },
    );

    app.post(
      '/api/e-kinerja/outbox/:id/retry',
      {
        schema: {
          tags: ['e-kinerja'],
          summary: 'Kirim ulang data yang gagal (setelah datanya diperbaiki)',
          params: eKinerjaOutboxParamsSchema,
          response: { 200: eKinerjaOutboxRowSchema, ...errors, 409: errorResponseSchema },
        },
      },
      async (request) => {
        const session = requireSession(request);
        return retryOutboxRow(ctx, { session, id: request.params.id, requestId: request.id });
      },
    );
  };
