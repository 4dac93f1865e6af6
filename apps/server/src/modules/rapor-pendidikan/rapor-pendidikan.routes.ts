import { errorResponseSchema, raporImportResponseSchema, z } from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { invalidField } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import { resolveActivePeriod } from '../me/active-choice.js';
import { importRaporPendidikan } from './import-rapor-pendidikan.js';

/** Largest Rapor Pendidikan file accepted (the whole nation's weakest sub-indicators fit easily). */
export const MAX_RAPOR_BYTES = 50 * 1024 * 1024;

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

/** POST /api/rapor-pendidikan/imports — the CSV as the request body (Content-Type: text/csv). */
export const raporPendidikanRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.addContentTypeParser(
      ['text/csv', 'application/csv'],
      { parseAs: 'string', bodyLimit: MAX_RAPOR_BYTES },
      (_request, body, done) => done(null, body),
    );

    app.post(
      '/api/rapor-pendidikan/imports',
      {
        bodyLimit: MAX_RAPOR_BYTES,
        schema: {
          tags: ['rapor-pendidikan'],
          summary:
            'Impor sub indikator terlemah Rapor Pendidikan per sekolah (CSV: npsn, kode_subindikator, nilai)',
          consumes: ['text/csv'],
          body: z.string({
            error: 'kirim berkas CSV sebagai isi permintaan dengan Content-Type: text/csv',
          }),
          response: { 201: raporImportResponseSchema, ...errors, 413: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        if (request.body.trim() === '')
          throw invalidField('file', 'berkas kosong; kirim CSV dengan baris judul dan data');
        const { period } = await resolveActivePeriod(ctx.db, session, ctx.clock());
        const result = await importRaporPendidikan(ctx, {
          personId: session.personId,
          periodId: period.id,
          csv: request.body,
          requestId: request.id,
        });
        return reply.code(201).send(result);
      },
    );
  };
