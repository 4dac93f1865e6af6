import {
  errorResponseSchema,
  evidenceSlotSchema,
  evidenceUploadQuerySchema,
  z,
} from '@kinerja/contract';
import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acceptRawUploads } from '../../lib/blob-store/index.js';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { readSlot } from './read-evidence.js';
import {
  appendUploadChunk,
  completeUploadSession,
  openUploadSession,
  readUploadSession,
} from './resumable-upload.js';

// Routes of resumable evidence uploads (issue 17). Authority: the plan's owner opens a session for
// a slot of their own plan (the same check as "Unggah Dokumen"); afterwards a session is reachable
// only by the person who opened it (anyone else: 404).

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  413: errorResponseSchema,
  422: errorResponseSchema,
};

const sessionSchema = z.object({
  id: z.uuid(),
  sizeBytes: z.number().int(),
  receivedBytes: z.number().int(),
});

const openRequestSchema = z.object({
  fileName: z.string().trim().min(1, { error: 'nama berkas wajib diisi' }).max(200),
  sizeBytes: z.number().int().min(1, { error: 'ukuran berkas minimal 1 bita' }),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'sidik SHA-256 berupa 64 huruf heksadesimal kecil' }),
});

const sessionParamsSchema = z.object({
  uploadId: z.uuid({ error: 'nomor sesi unggahan tidak sah' }),
});
const chunkQuerySchema = z.object({ offset: z.coerce.number().int().min(0) });

/** The session routes that take JSON or nothing. */
const sessionRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/plans/:id/evidence/:slotId/uploads',
      {
        schema: {
          tags: ['evidence'],
          summary: 'Unggahan bertahap: membuka sesi untuk satu berkas PDF (ukuran, SHA-256)',
          params: z.object({ id: z.uuid(), slotId: z.uuid() }),
          body: openRequestSchema,
          response: { 200: sessionSchema, ...errors },
        },
      },
      async (request) =>
        openUploadSession(ctx, {
          ...request.body,
          planId: request.params.id,
          slotId: request.params.slotId,
          personId: requireSession(request).personId,
          locale: requestLocale(request),
        }),
    );

    app.get(
      '/api/uploads/:uploadId',
      {
        schema: {
          tags: ['evidence'],
          summary: 'Unggahan bertahap: berapa bita sudah diterima (untuk melanjutkan)',
          params: sessionParamsSchema,
          response: { 200: sessionSchema, ...errors },
        },
      },
      async (request) =>
        readUploadSession(ctx, request.params.uploadId, {
          personId: requireSession(request).personId,
          locale: requestLocale(request),
        }),
    );

    app.post(
      '/api/uploads/:uploadId/complete',
      {
        schema: {
          tags: ['evidence'],
          summary:
            'Unggahan bertahap: memeriksa SHA-256 lalu menyimpan berkas sebagai bukti dukung',
          params: sessionParamsSchema,
          querystring: evidenceUploadQuerySchema,
          response: { 200: evidenceSlotSchema, ...errors },
        },
      },
      async (request, reply) => {
        const personId = requireSession(request).personId;
        const locale = requestLocale(request);
        const { kind, issuedOn, version, certificateNumber, certificateTitle } = request.query;
        const details = { number: certificateNumber ?? null, title: certificateTitle ?? null };
        const done = await completeUploadSession(ctx, {
          id: request.params.uploadId,
          personId,
          locale,
          version,
          certificate: kind ? { kind, issuedOn: issuedOn ?? null, ...details } : undefined,
          requestId: request.id,
          reply,
        });
        return readSlot(ctx, { planId: done.planId, slotId: done.slotId, personId, locale });
      },
    );
  };

/** The chunk route: raw bytes, in its own scope so no other route takes raw bodies. */
const chunkRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    acceptRawUploads(app);
    app.put(
      '/api/uploads/:uploadId/chunk',
      {
        schema: {
          tags: ['evidence'],
          summary: 'Unggahan bertahap: satu bagian berkas (≤ 1 MB) mulai dari offset',
          params: sessionParamsSchema,
          querystring: chunkQuerySchema,
          consumes: ['application/octet-stream'],
          response: { 200: sessionSchema, ...errors },
        },
      },
      async (request, reply) =>
        appendUploadChunk(ctx, {
          id: request.params.uploadId,
          offset: request.query.offset,
          body: request.body as Readable,
          reply,
          personId: requireSession(request).personId,
          locale: requestLocale(request),
        }),
    );
  };

/** Resumable evidence uploads (issue 17). */
export const resumableUploadRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(sessionRoutes(ctx));
    await app.register(chunkRoutes(ctx));
  };
