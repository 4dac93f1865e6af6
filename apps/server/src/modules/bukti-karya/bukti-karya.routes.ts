import {
  errorResponseSchema,
  idParamsSchema,
  karyaListResponseSchema,
  karyaSchema,
  karyaUploadQuerySchema,
  okResponseSchema,
  z,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../lib/app-error.js';
import { acceptRawUploads, isBlobError, sendStoredPdf } from '../../lib/blob-store/index.js';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { createKarya } from './create-karya.js';
import { removeKarya } from './delete-karya.js';
import { KARYA_MAX_BYTES, karyaOwnerProvince } from './karya-owner.js';
import { presentKarya, presentKaryaList } from './karya.presenter.js';
import { findOwnKarya, listOwnKarya } from './karya.repository.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

/** The upload route, in its own scope: raw PDF bodies. */
const karyaUploadRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    acceptRawUploads(app);
    app.post(
      '/api/bukti-karya',
      {
        schema: {
          tags: ['bukti-karya'],
          summary:
            'Tambah karya: isi permintaan = PDF mentah (≤ 10 MB), nama di header x-file-name',
          querystring: karyaUploadQuerySchema,
          consumes: ['application/pdf'],
          response: {
            201: karyaSchema,
            ...errors,
            413: errorResponseSchema,
            422: errorResponseSchema,
          },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const locale = requestLocale(request);
        const row = await createKarya(ctx, {
          ...request.query,
          personId: session.personId,
          locale,
          requestId: request.id,
          request,
          reply,
        });
        return reply.code(201).send(presentKarya({ ...row, usedCount: 0 }, locale));
      },
    );
  };

/** Bukti Karya: the person's own portfolio of works by Kategori Karya (domain.md §3.4, §6.6). */
export const buktiKaryaRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(karyaUploadRoutes(ctx));

    app.get(
      '/api/bukti-karya',
      {
        schema: {
          tags: ['bukti-karya'],
          summary: 'Bukti Karya saya dan Kategori Karya',
          response: { 200: karyaListResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        await karyaOwnerProvince(ctx.db, session.personId);
        const rows = await listOwnKarya(ctx.db, session.personId);
        return presentKaryaList(rows, {
          locale: requestLocale(request),
          maxBytes: KARYA_MAX_BYTES,
        });
      },
    );

    app.delete(
      '/api/bukti-karya/:id',
      {
        schema: {
          tags: ['bukti-karya'],
          summary: 'Hapus karya (hanya bila belum dipakai sebagai bukti dukung)',
          params: idParamsSchema,
          response: { 200: okResponseSchema, ...errors, 409: errorResponseSchema },
        },
      },
      async (request) => {
        const session = requireSession(request);
        await removeKarya(ctx, {
          id: request.params.id,
          personId: session.personId,
          locale: requestLocale(request),
          requestId: request.id,
        });
        return { ok: true as const };
      },
    );

    app.get(
      '/api/bukti-karya/:id/file',
      {
        schema: {
          tags: ['bukti-karya'],
          summary: 'Berkas karya (PDF), hanya untuk pemiliknya',
          params: idParamsSchema,
          querystring: z.object({ download: z.stringbool().default(false) }),
          produces: ['application/pdf'],
          response: { 200: z.unknown().describe('PDF (application/pdf)'), ...errors },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const karya = await findOwnKarya(ctx.db, {
          id: request.params.id,
          ownerId: session.personId,
        });
        if (!karya) throw notFound('Karya tidak ditemukan.');
        let stream;
        try {
          stream = await ctx.blobs.get(karya.fileHash);
        } catch (error) {
          if (isBlobError(error)) throw notFound('Berkas karya tidak ditemukan di penyimpanan.');
          throw error;
        }
        return sendStoredPdf(reply, {
          name: karya.fileName,
          sizeBytes: karya.sizeBytes,
          download: request.query.download,
          stream,
        });
      },
    );
  };
