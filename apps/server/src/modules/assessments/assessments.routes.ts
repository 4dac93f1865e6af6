import {
  assessmentDocumentQuerySchema,
  assessmentErrorResponseSchema,
  assessmentPageSchema,
  assessmentSchema,
  errorResponseSchema,
  finalizeAssessmentRequestSchema,
  idParamsSchema,
  myAssessmentsQuerySchema,
  myAssessmentsResponseSchema,
  recommendationRequestSchema,
  saveAssessmentRequestSchema,
  schoolAssessmentsQuerySchema,
  schoolAssessmentsResponseSchema,
  type AssessmentPage,
} from '@kinerja/contract';
import type { EvaluationDocument, Locale } from '@kinerja/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { requestedPeriod } from '../plans/read-plan.js';
import { addRecommendation } from './add-recommendation.js';
import { assessmentDocumentRoutes } from './assessment-documents.routes.js';
import { AssessmentVersionConflict } from './assessment-errors.js';
import { finalizeAssessment } from './finalize-assessment.js';
import { readMyAssessments } from './read-my-assessments.js';
import { readAssessment, readAssessmentPage } from './read-assessment.js';
import { readSchoolAssessments } from './read-school-assessments.js';
import { saveAssessmentDraft } from './save-assessment-draft.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const writeErrors = { ...errors, 409: assessmentErrorResponseSchema, 422: errorResponseSchema };

type Written = { planId: string; document: EvaluationDocument };

/**
 * The shape of every assessment write: run it, then answer with the assessor's page as it now is;
 * a stale version answers 409 with the current page so nothing typed is lost.
 */
async function writeThenReadPage(
  ctx: AppContext,
  http: { request: FastifyRequest; reply: FastifyReply; status?: number },
  write: (input: { personId: string; locale: Locale; requestId: string }) => Promise<Written>,
): Promise<AssessmentPage | FastifyReply> {
  const { request, reply } = http;
  const session = requireSession(request);
  const common = { personId: session.personId, locale: requestLocale(request) };
  let written: Written;
  try {
    written = await write({ ...common, requestId: request.id });
  } catch (error) {
    if (!(error instanceof AssessmentVersionConflict)) throw error;
    const current = await readAssessmentPage(ctx, { ...common, planId: error.planId });
    return reply.code(409).send({
      error: { code: error.code, message: error.message, requestId: request.id, current },
    });
  }
  const page = await readAssessmentPage(ctx, { ...common, ...written });
  return reply.code(http.status ?? 200).send(page);
}

/** Penilaian Kinerja: the assessor's page, drafts, "Tetapkan", recommendations, reading (issue #6). */
export const assessmentRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(assessmentDocumentRoutes(ctx));

    app.get(
      '/api/plans/:id/assessment',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Halaman penilai: rangkuman rencana, hasil pelaksanaan, rekomendasi, penilaian',
          params: idParamsSchema,
          querystring: assessmentDocumentQuerySchema,
          response: { 200: assessmentPageSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        return readAssessmentPage(ctx, {
          planId: request.params.id,
          personId: session.personId,
          document: request.query.document,
          locale: requestLocale(request),
        });
      },
    );

    app.put(
      '/api/plans/:id/assessment',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Simpan Draf penilaian (rating, umpan balik, catatan; version 0 membuat)',
          params: idParamsSchema,
          body: saveAssessmentRequestSchema,
          response: { 200: assessmentPageSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        writeThenReadPage(ctx, { request, reply }, (input) =>
          saveAssessmentDraft(ctx, { ...input, planId: request.params.id, body: request.body }),
        ),
    );

    app.post(
      '/api/plans/:id/assessment/recommendations',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Rekomendasi Tim Kinerja kepada Pejabat Penilai Kinerja',
          params: idParamsSchema,
          body: recommendationRequestSchema,
          response: { 201: assessmentPageSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        writeThenReadPage(ctx, { request, reply, status: 201 }, async (input) => {
          const { document } = await addRecommendation(ctx, {
            ...input,
            ...request.body,
            planId: request.params.id,
          });
          return { planId: request.params.id, document };
        }),
    );

    app.post(
      '/api/assessments/:id/finalize',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Tetapkan: predikat final, tidak dapat diubah lagi',
          params: idParamsSchema,
          body: finalizeAssessmentRequestSchema,
          response: { 200: assessmentPageSchema, ...writeErrors },
        },
      },
      async (request, reply) =>
        writeThenReadPage(ctx, { request, reply }, (input) =>
          finalizeAssessment(ctx, {
            ...input,
            assessmentId: request.params.id,
            version: request.body.version,
          }),
        ),
    );

    app.get(
      '/api/assessments/mine',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Penilaian Kinerja saya yang sudah ditetapkan',
          querystring: myAssessmentsQuerySchema,
          response: { 200: myAssessmentsResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        return readMyAssessments(ctx, {
          personId: session.personId,
          periodId: request.query.periodId,
          locale: requestLocale(request),
        });
      },
    );

    app.get(
      '/api/assessments/:id',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Satu Penilaian Kinerja (pegawai yang dinilai: setelah ditetapkan)',
          params: idParamsSchema,
          response: { 200: assessmentSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        return readAssessment(ctx, {
          assessmentId: request.params.id,
          personId: session.personId,
          locale: requestLocale(request),
        });
      },
    );

    app.get(
      '/api/schools/:id/assessments',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Penilaian guru sekolah pada periode, dengan capaian organisasi dan distribusi',
          params: idParamsSchema,
          querystring: schoolAssessmentsQuerySchema,
          response: { 200: schoolAssessmentsResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const period = await requestedPeriod(ctx, session, request.query.periodId);
        return readSchoolAssessments(ctx, {
          personId: session.personId,
          schoolId: request.params.id,
          period,
          document: request.query.document,
          locale: requestLocale(request),
        });
      },
    );
  };
