import {
  errorResponseSchema,
  idParamsSchema,
  practiceCycleSchema,
  practiceErrorResponseSchema,
  practiceVersionRequestSchema,
  saveActionsRequestSchema,
  saveFollowUpRequestSchema,
  saveObservationRequestSchema,
  savePracticeCommentRequestSchema,
  savePracticeReflectionRequestSchema,
  savePreparationRequestSchema,
  z,
  type PracticeCycle,
} from '@kinerja/contract';
import type { Locale, PracticeCommand } from '@kinerja/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acceptRawUploads, sendStoredPdf } from '../../lib/blob-store/index.js';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { openModulAjar, removeModulAjar, uploadModulAjar } from './modul-ajar.js';
import { readPracticeCycle } from './read-practice-cycle.js';
import { PracticeVersionConflict, writePracticeCycle } from './run-practice-write.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
const writeErrors = { ...errors, 409: practiceErrorResponseSchema, 422: errorResponseSchema };
const BASE = '/api/plans/:id/practice-cycle';

type Write = {
  request: FastifyRequest;
  reply: FastifyReply;
  version: number;
  command: PracticeCommand;
};

/** Runs a cycle write and answers with the whole cycle, or 409 with the server copy when stale. */
async function answerWrite(ctx: AppContext, write: Write): Promise<PracticeCycle | FastifyReply> {
  const { request, reply } = write;
  const session = requireSession(request);
  const locale: Locale = requestLocale(request);
  const planId = (request.params as { id: string }).id;
  const common = { planId, personId: session.personId, locale };
  try {
    await writePracticeCycle(ctx, {
      ...common,
      version: write.version,
      command: write.command,
      requestId: request.id,
    });
  } catch (error) {
    if (!(error instanceof PracticeVersionConflict)) throw error;
    const current = await readPracticeCycle(ctx, common);
    return reply.code(409).send({
      error: { code: error.code, message: error.message, requestId: request.id, current },
    });
  }
  return readPracticeCycle(ctx, common);
}

/** "Unggah Modul Ajar": raw PDF bodies, in their own scope so no other route takes raw bodies. */
const modulAjarUploadRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    acceptRawUploads(app);
    app.put(
      `${BASE}/modul-ajar`,
      {
        schema: {
          tags: ['practice-cycle'],
          summary:
            'A: unggah Modul Ajar (opsional) — isi permintaan = berkas PDF mentah (≤ 10 MB), nama di header x-file-name',
          params: idParamsSchema,
          consumes: ['application/pdf'],
          response: { 200: practiceCycleSchema, ...writeErrors, 413: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const locale = requestLocale(request);
        const common = { planId: request.params.id, personId: session.personId, locale };
        await uploadModulAjar(ctx, { ...common, request, reply, requestId: request.id });
        return readPracticeCycle(ctx, common);
      },
    );
  };

/** The Siklus Peningkatan Kinerja A–E of an approved plan (issue #5 item 4; domain.md §2.3). */
export const practiceCycleRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(modulAjarUploadRoutes(ctx));

    app.get(
      BASE,
      {
        schema: {
          tags: ['practice-cycle'],
          summary: 'Siklus Praktik Kinerja lengkap dengan penilaian observasi (untuk Penilaian)',
          params: idParamsSchema,
          response: { 200: practiceCycleSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        return readPracticeCycle(ctx, {
          planId: request.params.id,
          personId: session.personId,
          locale: requestLocale(request),
        });
      },
    );

    const route = <S extends z.ZodType>(
      method: 'PUT' | 'POST' | 'PATCH',
      path: string,
      summary: string,
      body: S,
      toCommand: (body: z.output<S>) => PracticeCommand,
    ) =>
      app.route({
        method,
        url: `${BASE}${path}`,
        schema: {
          tags: ['practice-cycle'],
          summary,
          params: idParamsSchema,
          body,
          response: { 200: practiceCycleSchema, ...writeErrors },
        },
        handler: async (request, reply) => {
          const parsed = request.body as z.output<S> & { version: number };
          return answerWrite(ctx, {
            request,
            reply,
            version: parsed.version,
            command: toCommand(parsed),
          });
        },
      });

    route(
      'PUT',
      '/preparation',
      'A: Simpan Diskusi Persiapan (guru atau observer)',
      savePreparationRequestSchema,
      (body) => ({
        type: 'save_preparation',
        preparation: {
          focusBehaviourCodes: body.focusBehaviourCodes,
          customFocusBehaviours: body.customFocusBehaviours,
          scheduledDate: body.scheduledDate,
          scheduledTime: body.scheduledTime,
          specificBehaviour: body.specificBehaviour,
          effortsToReachTarget: body.effortsToReachTarget,
        },
      }),
    );
    route(
      'POST',
      '/preparation/finish',
      'A: Kumpulkan — Diskusi Persiapan selesai',
      practiceVersionRequestSchema,
      () => ({
        type: 'finish_preparation',
      }),
    );
    route(
      'PATCH',
      '/observation',
      'B: simpan otomatis penilaian observasi (sebagian; hanya perilaku yang dikirim)',
      saveObservationRequestSchema,
      (body) => ({
        type: 'save_observation',
        ratings: body.ratings,
        ...(body.generalNote === undefined ? {} : { generalNote: body.generalNote }),
      }),
    );
    route(
      'POST',
      '/observation/finish',
      'B: Selesai observasi',
      practiceVersionRequestSchema,
      () => ({
        type: 'finish_observation',
      }),
    );
    route(
      'PUT',
      '/follow-up',
      'C: Simpan tindak lanjut yang disepakati (observer)',
      saveFollowUpRequestSchema,
      (body) => ({
        type: 'save_follow_up',
        agreement: body.agreement,
      }),
    );
    route(
      'POST',
      '/follow-up/finish',
      'C: Diskusi Tindak Lanjut selesai (observer)',
      practiceVersionRequestSchema,
      () => ({
        type: 'finish_follow_up',
      }),
    );
    route(
      'POST',
      '/follow-up/acknowledge',
      'C: pegawai mengonfirmasi hasil Diskusi Tindak Lanjut',
      practiceVersionRequestSchema,
      () => ({
        type: 'acknowledge_follow_up',
      }),
    );
    route(
      'PUT',
      '/actions',
      'D: Simpan daftar Upaya Tindak Lanjut (pegawai)',
      saveActionsRequestSchema,
      (body) => ({
        type: 'save_actions',
        actions: body.actions,
      }),
    );
    route(
      'POST',
      '/actions/finish',
      'D: Upaya Tindak Lanjut selesai (pegawai)',
      practiceVersionRequestSchema,
      () => ({
        type: 'finish_actions',
      }),
    );
    route(
      'PUT',
      '/reflection',
      'E: Simpan refleksi tindak lanjut (pegawai)',
      savePracticeReflectionRequestSchema,
      (body) => ({
        type: 'save_reflection',
        text: body.text,
      }),
    );
    route(
      'POST',
      '/reflection/submit',
      'E: Kirim refleksi tindak lanjut (pegawai; tidak dapat diubah lagi)',
      practiceVersionRequestSchema,
      () => ({
        type: 'submit_reflection',
      }),
    );
    route(
      'PUT',
      '/comment',
      'E: Simpan komentar atas refleksi (observer)',
      savePracticeCommentRequestSchema,
      (body) => ({
        type: 'save_comment',
        comment: body.comment,
      }),
    );
    route(
      'POST',
      '/finish',
      'E: Selesaikan siklus (refleksi terkirim dan komentar terisi)',
      practiceVersionRequestSchema,
      () => ({
        type: 'finish_reflection',
      }),
    );

    app.delete(
      `${BASE}/modul-ajar`,
      {
        schema: {
          tags: ['practice-cycle'],
          summary: 'A: hapus Modul Ajar',
          params: idParamsSchema,
          response: { 200: practiceCycleSchema, ...writeErrors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const locale = requestLocale(request);
        const common = { planId: request.params.id, personId: session.personId, locale };
        await removeModulAjar(ctx, { ...common, requestId: request.id });
        return readPracticeCycle(ctx, common);
      },
    );

    app.get(
      `${BASE}/modul-ajar`,
      {
        schema: {
          tags: ['practice-cycle'],
          summary: 'Modul Ajar (PDF), setelah pemeriksaan hak akses',
          params: idParamsSchema,
          querystring: z.object({ download: z.stringbool().default(false) }),
          produces: ['application/pdf'],
          response: { 200: z.unknown().describe('PDF (application/pdf)'), ...errors },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const file = await openModulAjar(ctx, {
          planId: request.params.id,
          personId: session.personId,
          locale: requestLocale(request),
        });
        return sendStoredPdf(reply, {
          name: file.name,
          sizeBytes: file.size,
          download: request.query.download,
          stream: file.stream,
        });
      },
    );
  };
