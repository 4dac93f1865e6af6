import { Readable } from 'node:stream';
import {
  batchDocumentsQuerySchema,
  errorResponseSchema,
  idParamsSchema,
  issuedDocumentVersionSchema,
  reissueDocumentRequestSchema,
  z,
} from '@kinerja/contract';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import { dinasOfRequest, schoolOfRequest } from './area-request.js';
import {
  batchDocumentsZip,
  batchFileName,
  renderAssessmentPdf,
  type BatchArea,
} from './assessment-documents.js';
import { reissueDocument } from './reissue-document.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

function sendZip(ctx: AppContext, reply: FastifyReply, area: BatchArea, fileName: string) {
  return reply
    .header('content-type', 'application/zip')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'private, no-store')
    .send(Readable.from(batchDocumentsZip(ctx, area)));
}

/** Dokumen Evaluasi Kinerja Pegawai: one PDF, and the ZIP of a school or a Dinas region (§5.6). */
export const assessmentDocumentRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/assessments/:id/pdf',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Unduh Dokumen Evaluasi Kinerja Pegawai (PDF, format Perdirjen 7607)',
          params: idParamsSchema,
          produces: ['application/pdf'],
          response: { 200: z.unknown().describe('PDF (application/pdf)'), ...errors },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const { pdf, fileName } = await renderAssessmentPdf(ctx, {
          assessmentId: request.params.id,
          personId: session.personId,
          locale: requestLocale(request),
        });
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .header('cache-control', 'private, no-store')
          .send(pdf);
      },
    );

    app.post(
      '/api/assessments/:id/document-versions',
      {
        schema: {
          tags: ['assessments'],
          summary:
            'Terbitkan versi baru Dokumen Evaluasi Kinerja Pegawai (bernomor, dengan fakta terbaru; pegawai diberi tahu)',
          params: idParamsSchema,
          body: reissueDocumentRequestSchema,
          response: { 201: issuedDocumentVersionSchema, ...errors },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const issued = await reissueDocument(ctx, {
          assessmentId: request.params.id,
          personId: session.personId,
          locale: requestLocale(request),
          requestId: request.id,
        });
        return reply.code(201).send(issued);
      },
    );

    app.get(
      '/api/schools/:id/assessments/documents.zip',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Unduh semua Dokumen Evaluasi Kinerja sekolah pada periode (ZIP)',
          params: idParamsSchema,
          querystring: batchDocumentsQuerySchema,
          produces: ['application/zip'],
          response: { 200: z.unknown().describe('ZIP (application/zip)'), ...errors },
        },
      },
      async (request, reply) => {
        const { period, school } = await schoolOfRequest(ctx, request, 'export.school');
        const area = { kind: 'school', schoolId: school.id, periodId: period.id } as const;
        return sendZip(ctx, reply, area, batchFileName(period.id, `${school.npsn}-${school.name}`));
      },
    );

    app.get(
      '/api/dinas/:id/assessments/documents.zip',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Unduh semua Dokumen Evaluasi Kinerja di wilayah Dinas pada periode (ZIP)',
          params: idParamsSchema,
          querystring: batchDocumentsQuerySchema,
          produces: ['application/zip'],
          response: { 200: z.unknown().describe('ZIP (application/zip)'), ...errors },
        },
      },
      async (request, reply) => {
        const { period, dinas } = await dinasOfRequest(ctx, request, 'export.region');
        const area = { kind: 'dinas', dinasId: dinas.id, periodId: period.id } as const;
        return sendZip(ctx, reply, area, batchFileName(period.id, dinas.name));
      },
    );
  };
