import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import {
  errorResponseSchema,
  idParamsSchema,
  rosterImportCreatedSchema,
  rosterImportFieldsSchema,
  rosterImportListResponseSchema,
  rosterImportSchema,
} from '@kinerja/contract';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, forbidden, invalidField, notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import { findPeriod } from '../periods/periods.repository.js';
import { sniffRosterFile } from './parse-roster-file.js';
import { RosterFileError } from './roster-file-error.js';
import { presentRosterImport, presentRosterImportItem } from './roster-import.presenter.js';
import {
  findImportScope,
  findRosterImport,
  listRosterImports,
} from './roster-import.repository.js';
import { failAbandonedRosterImports, startRosterImport } from './start-roster-import.js';

/** Largest roster upload accepted (a national PTK CSV is a few hundred MB). */
export const MAX_ROSTER_UPLOAD_BYTES = 1024 * 1024 * 1024;

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

type Upload = { filePath: string; fileName: string; fields: Record<string, string> };

/** Streams the multipart upload to a temp file under the data directory, never into memory. */
async function receiveUpload(request: FastifyRequest, dir: string): Promise<Upload> {
  await mkdir(dir, { recursive: true });
  const fields: Record<string, string> = {};
  let upload: { filePath: string; fileName: string } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file' || upload) {
        part.file.resume();
        throw invalidField('file', 'kirim tepat satu berkas, pada kolom "file"');
      }
      upload = {
        filePath: join(dir, `${randomUUID()}.upload`),
        fileName: basename(part.filename || 'unggahan').slice(0, 255),
      };
      await pipeline(part.file, createWriteStream(upload.filePath));
    }
  } catch (error) {
    if (upload) await rm(upload.filePath, { force: true });
    throw uploadError(error);
  }
  if (!upload)
    throw invalidField('file', 'berkas wajib diunggah pada kolom "file" (CSV atau XLSX)');
  return { ...upload, fields };
}

function uploadError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    const limit = `${MAX_ROSTER_UPLOAD_BYTES / 1024 / 1024 / 1024} GB`;
    return new AppError({
      code: 'PAYLOAD_TOO_LARGE',
      message: `Berkas lebih besar dari batas ${limit}; bagi menjadi beberapa berkas.`,
    });
  }
  // The multipart parser (busboy) throws plain errors for a malformed body ("Boundary not found",
  // "Unexpected end of form", "Malformed part header"); errors of our own disk writes carry a syscall.
  const isDiskError = typeof (error as { syscall?: unknown }).syscall === 'string';
  if (
    (typeof code === 'string' && code.startsWith('FST_')) ||
    (!(error instanceof AppError) && !isDiskError)
  ) {
    return invalidField(
      'file',
      'unggahan multipart/form-data tidak lengkap atau rusak; unggah ulang berkasnya',
    );
  }
  return error;
}

/** Checks the upload's fields and content before the import starts; 400 (and the file removed) otherwise. */
async function checkUpload(
  ctx: AppContext,
  upload: Upload,
): Promise<{ periodId: string | undefined }> {
  try {
    const parsed = rosterImportFieldsSchema.safeParse(upload.fields);
    if (!parsed.success) throw invalidField('periodId', 'periode tidak valid');
    const { periodId } = parsed.data;
    if (periodId && !(await findPeriod(ctx.db, periodId))) {
      throw invalidField(
        'periodId',
        `periode "${periodId}" tidak ada; pilih salah satu dari daftar periode`,
      );
    }
    await sniffRosterFile(upload.filePath);
    return { periodId };
  } catch (error) {
    await rm(upload.filePath, { force: true });
    if (error instanceof RosterFileError) throw invalidField('file', error.message);
    throw error;
  }
}

/** Roster import (docs/ROSTER-IMPORT.md): upload, progress and results for admins and school operators. */
export const rosterImportRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(multipart, {
      limits: { fileSize: MAX_ROSTER_UPLOAD_BYTES, files: 1, fields: 5, parts: 8 },
    });
    await failAbandonedRosterImports(ctx);
    const running = new Set<Promise<void>>();
    app.addHook('onClose', async () => {
      await Promise.allSettled([...running]);
    });
    const uploadDir = join(ctx.config.dataDir, 'tmp', 'roster-imports');

    app.post(
      '/api/roster-imports',
      {
        schema: {
          tags: ['roster-imports'],
          summary: 'Impor data sekolah atau PTK (CSV/XLSX, multipart: file, periodId)',
          consumes: ['multipart/form-data'],
          response: { 202: rosterImportCreatedSchema, ...errors, 413: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        const scope = await findImportScope(ctx.db, session.personId);
        if (!scope.isAdmin && scope.operatorNpsn.length === 0) {
          throw forbidden(
            'Hanya admin atau operator sekolah yang dapat mengimpor data sekolah dan PTK.',
          );
        }
        if (!request.isMultipart()) {
          throw invalidField(
            'file',
            'kirim berkas CSV atau XLSX sebagai multipart/form-data pada kolom "file"',
          );
        }
        const upload = await receiveUpload(request, uploadDir);
        const { periodId } = await checkUpload(ctx, upload);
        const { id, done } = await startRosterImport(ctx, {
          filePath: upload.filePath,
          fileName: upload.fileName,
          actorId: session.personId,
          periodId,
          allowedNpsn: scope.isAdmin ? undefined : new Set(scope.operatorNpsn),
          requestId: request.id,
          onUnexpectedError: (error) =>
            request.log.error({ err: error, importId: id }, 'roster import failed'),
        });
        running.add(done);
        void done.finally(() => running.delete(done));
        return reply.status(202).send({ id });
      },
    );

    app.get(
      '/api/roster-imports',
      {
        schema: {
          tags: ['roster-imports'],
          summary: 'Impor terakhir (admin: semua)',
          response: { 200: rosterImportListResponseSchema, 401: errorResponseSchema },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const scope = await findImportScope(ctx.db, session.personId);
        const rows = await listRosterImports(ctx.db, {
          createdBy: scope.isAdmin ? null : session.personId,
          limit: 20,
        });
        return { imports: rows.map(presentRosterImportItem) };
      },
    );

    app.get(
      '/api/roster-imports/:id',
      {
        schema: {
          tags: ['roster-imports'],
          summary: 'Kemajuan dan hasil satu impor',
          params: idParamsSchema,
          response: { 200: rosterImportSchema, ...errors, 404: errorResponseSchema },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const row = await findRosterImport(ctx.db, request.params.id);
        if (!row) throw notFound('Impor tidak ditemukan.');
        if (
          row.createdBy !== session.personId &&
          !(await findImportScope(ctx.db, session.personId)).isAdmin
        ) {
          throw notFound('Impor tidak ditemukan.');
        }
        return presentRosterImport(row);
      },
    );
  };
