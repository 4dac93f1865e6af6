import {
  errorResponseSchema,
  evidenceCollectRequestSchema,
  evidenceDraftRequestSchema,
  evidenceFromKaryaRequestSchema,
  evidenceListResponseSchema,
  evidencePeriodQuerySchema,
  evidenceSlotParamsSchema,
  evidenceSlotSchema,
  evidenceUploadQuerySchema,
  idParamsSchema,
  schoolEvidenceResponseSchema,
  z,
} from '@kinerja/contract';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acceptRawUploads, sendStoredPdf } from '../../lib/blob-store/index.js';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { attachKarya } from './attach-karya.js';
import { collectEvidence } from './collect-evidence.js';
import { openSlotFile, readEvidence, readSlot } from './read-evidence.js';
import { readSchoolEvidence } from './read-school-evidence.js';
import { resumableUploadRoutes } from './resumable-upload.routes.js';
import { saveEvidenceDraft } from './save-evidence-draft.js';
import { uploadEvidence } from './upload-evidence.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const writeErrors = { ...errors, 409: errorResponseSchema, 422: errorResponseSchema };
const uploadErrors = { ...writeErrors, 413: errorResponseSchema };

/** Which slot of which plan a request is about, by whom, in which language. */
function slotRequest(request: FastifyRequest<{ Params: { id: string; slotId: string } }>) {
  return {
    planId: request.params.id,
    slotId: request.params.slotId,
    personId: requireSession(request).personId,
    locale: requestLocale(request),
  };
}

/** "Unggah Dokumen": raw PDF bodies, in their own scope so no other route takes raw bodies. */
const evidenceUploadRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    acceptRawUploads(app);
    app.put(
      '/api/plans/:id/evidence/:slotId/file',
      {
        schema: {
          tags: ['evidence'],
          summary:
            'Unggah Dokumen / Ubah: isi permintaan = berkas PDF mentah (≤ 10 MB), nama di header x-file-name',
          params: evidenceSlotParamsSchema,
          querystring: evidenceUploadQuerySchema,
          consumes: ['application/pdf'],
          response: { 200: evidenceSlotSchema, ...uploadErrors },
        },
      },
      async (request, reply) => {
        const common = slotRequest(request);
        const { kind, issuedOn, version, certificateNumber, certificateTitle } = request.query;
        const details = { number: certificateNumber ?? null, title: certificateTitle ?? null };
        await uploadEvidence(ctx, {
          ...common,
          version,
          certificate: kind ? { kind, issuedOn: issuedOn ?? null, ...details } : undefined,
          request,
          reply,
          requestId: request.id,
        });
        return readSlot(ctx, common);
      },
    );
  };

/** Pelaksanaan 2024: evidence slots, "Ambil Karya", "Simpan Draf", "Kumpulkan", "Cek" (issue #5). */
export const evidenceRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(evidenceUploadRoutes(ctx));
    await app.register(resumableUploadRoutes(ctx));

    app.get(
      '/api/plans/:id/evidence',
      {
        schema: {
          tags: ['evidence'],
          summary: 'Kumpulkan: slot bukti dukung per RHK dan tugas tambahan, dengan riwayat',
          params: idParamsSchema,
          response: { 200: evidenceListResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        return readEvidence(ctx, {
          planId: request.params.id,
          personId: session.personId,
          locale: requestLocale(request),
        });
      },
    );

    app.put(
      '/api/plans/:id/evidence/:slotId/karya',
      {
        schema: {
          tags: ['evidence'],
          summary: 'Ambil Karya: pakai karya dari Bukti Karya sebagai bukti dukung',
          params: evidenceSlotParamsSchema,
          body: evidenceFromKaryaRequestSchema,
          response: { 200: evidenceSlotSchema, ...writeErrors },
        },
      },
      async (request) => {
        const common = slotRequest(request);
        await attachKarya(ctx, { ...common, ...request.body, requestId: request.id });
        return readSlot(ctx, common);
      },
    );

    app.put(
      '/api/plans/:id/evidence/:slotId/draft',
      {
        schema: {
          tags: ['evidence'],
          summary: 'Simpan Draf: jenis dan tanggal terbit sertifikat',
          params: evidenceSlotParamsSchema,
          body: evidenceDraftRequestSchema,
          response: { 200: evidenceSlotSchema, ...writeErrors },
        },
      },
      async (request) => {
        const common = slotRequest(request);
        await saveEvidenceDraft(ctx, { ...common, ...request.body, requestId: request.id });
        return readSlot(ctx, common);
      },
    );

    app.post(
      '/api/plans/:id/evidence/:slotId/collect',
      {
        schema: {
          tags: ['evidence'],
          summary: 'Kumpulkan: final, tidak dapat diubah kembali',
          params: evidenceSlotParamsSchema,
          body: evidenceCollectRequestSchema,
          response: { 200: evidenceSlotSchema, ...writeErrors },
        },
      },
      async (request) => {
        const common = slotRequest(request);
        await collectEvidence(ctx, {
          ...common,
          version: request.body?.version,
          requestId: request.id,
        });
        return readSlot(ctx, common);
      },
    );

    app.get(
      '/api/plans/:id/evidence/:slotId/file',
      {
        schema: {
          tags: ['evidence'],
          summary: 'Cek: dokumen bukti dukung (PDF), setelah pemeriksaan hak akses',
          params: evidenceSlotParamsSchema,
          querystring: z.object({ download: z.stringbool().default(false) }),
          produces: ['application/pdf'],
          response: { 200: z.unknown().describe('PDF (application/pdf)'), ...errors },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const { slot, stream } = await openSlotFile(ctx, {
          planId: request.params.id,
          slotId: request.params.slotId,
          personId: session.personId,
          locale: requestLocale(request),
        });
        return sendStoredPdf(reply, {
          name: slot.fileName ?? 'bukti-dukung.pdf',
          sizeBytes: slot.sizeBytes,
          download: request.query.download,
          stream,
        });
      },
    );

    app.get(
      '/api/schools/:id/evidence',
      {
        schema: {
          tags: ['evidence'],
          summary: 'Ringkasan bukti dukung per guru: terkumpul, belum, dan perubahan RHK',
          params: idParamsSchema,
          querystring: evidencePeriodQuerySchema,
          response: { 200: schoolEvidenceResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        return readSchoolEvidence(ctx, {
          personId: session.personId,
          period,
          schoolId: request.params.id,
          locale: requestLocale(request),
        });
      },
    );
  };
