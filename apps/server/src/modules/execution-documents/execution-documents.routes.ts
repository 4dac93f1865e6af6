import {
  confirmAccountabilityRequestSchema,
  errorResponseSchema,
  executionListQuerySchema,
  executionOverviewSchema,
  idParamsSchema,
  pengawasExecutionListResponseSchema,
  saveChecklistDocumentRequestSchema,
  saveReflectionDocumentRequestSchema,
  schoolExecutionListResponseSchema,
  sendWrittenDocumentRequestSchema,
  writtenDocumentErrorResponseSchema,
  writtenDocumentParamsSchema,
  writtenDocumentSchema,
  type WrittenDocument,
} from '@kinerja/contract';
import type { DocumentContent, WrittenDocumentKind } from '@kinerja/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { practiceCycleRoutes } from '../practice-cycle/practice-cycle.routes.js';
import { confirmAccountabilityDocuments } from './confirm-accountability.js';
import { readExecutionOverview, readWrittenDocument } from './read-execution.js';
import { readPengawasExecution, readSchoolExecution } from './read-execution-lists.js';
import { DocumentVersionConflict, writeWrittenDocument } from './write-written-document.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
const writeErrors = {
  ...errors,
  409: writtenDocumentErrorResponseSchema,
  422: errorResponseSchema,
};

const KIND_OF_PATH: Record<string, WrittenDocumentKind> = {
  'competency-reflection': 'competency_reflection',
  'main-duties-checklist': 'main_duties_checklist',
};

/** Runs a document write; answers with the document, or 409 with the server copy when stale. */
async function answerWrite(
  ctx: AppContext,
  options: {
    request: FastifyRequest;
    reply: FastifyReply;
    planId: string;
    kind: WrittenDocumentKind;
    version: number;
    content?: DocumentContent;
  },
): Promise<WrittenDocument | FastifyReply> {
  const { request, reply, kind } = options;
  const session = requireSession(request);
  const locale = requestLocale(request);
  const common = { planId: options.planId, personId: session.personId, locale, kind };
  try {
    await writeWrittenDocument(ctx, {
      ...common,
      version: options.version,
      ...(options.content ? { content: options.content } : {}),
      requestId: request.id,
    });
  } catch (error) {
    if (!(error instanceof DocumentVersionConflict)) throw error;
    const current = await readWrittenDocument(ctx, common);
    return reply.code(409).send({
      error: { code: error.code, message: error.message, requestId: request.id, current },
    });
  }
  return readWrittenDocument(ctx, common);
}

/**
 * Pelaksanaan Kinerja without uploads (issue #5 items 3, 4, 6): the overview, the 2025+ documents
 * ("Lakukan" → "Simpan Draf" / "Kirim ke Atasan"), the atasan's confirmation, the lists of the
 * principal and the pengawas, and the practice cycle.
 */
export const executionRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(practiceCycleRoutes(ctx));

    app.get(
      '/api/plans/:id/execution',
      {
        schema: {
          tags: ['execution'],
          summary: 'Pelaksanaan Kinerja: dokumen, atasan, jendela waktu dan langkah siklus',
          params: idParamsSchema,
          response: { 200: executionOverviewSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        return readExecutionOverview(ctx, {
          planId: request.params.id,
          personId: session.personId,
          locale: requestLocale(request),
        });
      },
    );

    app.get(
      '/api/plans/:id/documents/:kind',
      {
        schema: {
          tags: ['execution'],
          summary: 'Satu dokumen: Pengembangan Kompetensi atau Pelaksanaan Tugas Pokok',
          params: writtenDocumentParamsSchema,
          response: { 200: writtenDocumentSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        return readWrittenDocument(ctx, {
          planId: request.params.id,
          kind: KIND_OF_PATH[request.params.kind]!,
          personId: session.personId,
          locale: requestLocale(request),
        });
      },
    );

    app.put(
      '/api/plans/:id/documents/competency-reflection',
      {
        schema: {
          tags: ['execution'],
          summary: 'Simpan Draf refleksi hasil belajar (version; 409 bila usang)',
          params: idParamsSchema,
          body: saveReflectionDocumentRequestSchema,
          response: { 200: writtenDocumentSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        answerWrite(ctx, {
          request,
          reply,
          planId: request.params.id,
          kind: 'competency_reflection',
          version: request.body.version,
          content: { type: 'reflection', text: request.body.text },
        }),
    );

    app.put(
      '/api/plans/:id/documents/main-duties-checklist',
      {
        schema: {
          tags: ['execution'],
          summary: 'Simpan Draf tugas pokok yang telah dilaksanakan (centang)',
          params: idParamsSchema,
          body: saveChecklistDocumentRequestSchema,
          response: { 200: writtenDocumentSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        answerWrite(ctx, {
          request,
          reply,
          planId: request.params.id,
          kind: 'main_duties_checklist',
          version: request.body.version,
          content: { type: 'checklist', completedDutyCodes: request.body.completedDutyCodes },
        }),
    );

    app.post(
      '/api/plans/:id/documents/:kind/send',
      {
        schema: {
          tags: ['execution'],
          summary: 'Kirim ke Atasan — setelah dikirim dokumen tidak dapat diubah',
          params: writtenDocumentParamsSchema,
          body: sendWrittenDocumentRequestSchema,
          response: { 200: writtenDocumentSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        answerWrite(ctx, {
          request,
          reply,
          planId: request.params.id,
          kind: KIND_OF_PATH[request.params.kind]!,
          version: request.body.version,
        }),
    );

    app.post(
      '/api/plans/:id/documents/main-duties-checklist/confirm',
      {
        schema: {
          tags: ['execution'],
          summary: 'Atasan mengonfirmasi ketersediaan dokumen akuntabilitas',
          params: idParamsSchema,
          body: confirmAccountabilityRequestSchema,
          response: { 200: writtenDocumentSchema, ...writeErrors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const locale = requestLocale(request);
        const common = { planId: request.params.id, personId: session.personId, locale };
        await confirmAccountabilityDocuments(ctx, {
          ...common,
          note: request.body.note,
          requestId: request.id,
        });
        return readWrittenDocument(ctx, { ...common, kind: 'main_duties_checklist' });
      },
    );

    app.get(
      '/api/schools/:id/execution',
      {
        schema: {
          tags: ['execution'],
          summary: 'Pelaksanaan per guru sekolah: status dokumen dan langkah siklus',
          params: idParamsSchema,
          querystring: executionListQuerySchema,
          response: { 200: schoolExecutionListResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        return readSchoolExecution(ctx, {
          personId: session.personId,
          period,
          schoolId: request.params.id,
          locale: requestLocale(request),
        });
      },
    );

    app.get(
      '/api/pengawas/execution',
      {
        schema: {
          tags: ['execution'],
          summary: 'Pelaksanaan Kepala Sekolah di sekolah binaan Pengawas',
          querystring: executionListQuerySchema,
          response: { 200: pengawasExecutionListResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        return readPengawasExecution(ctx, {
          personId: session.personId,
          period,
          locale: requestLocale(request),
        });
      },
    );
  };
