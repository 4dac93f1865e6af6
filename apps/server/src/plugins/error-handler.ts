import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error.js';
import { classifyDatabaseError } from '../lib/database-errors.js';

type ErrorBody = {
  error: {
    code: string;
    message: string;
    requestId: string;
    fields?: Array<{ field: string; message: string }>;
  };
};

const fastifyCodes: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Jenis konten tidak didukung; kirim JSON (Content-Type: application/json).',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'VALIDATION_FAILED',
    message: 'Isi permintaan kosong; kirim JSON.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'VALIDATION_FAILED',
    message: 'Isi permintaan bukan JSON yang valid.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'PAYLOAD_TOO_LARGE',
    message: 'Isi permintaan terlalu besar.',
  },
};

/** How long a client should wait before retrying while the database is unreachable. */
const RETRY_AFTER_SECONDS = 10;

/** Domain errors carry a code; map the codes to statuses here (architecture.md §6). */
const domainStatus = (code: string): number => {
  if (/NOT_FOUND$/.test(code)) return 404;
  if (/CONFLICT|STALE|VERSION/.test(code)) return 409;
  if (/FORBIDDEN|NOT_ALLOWED|NOT_AUTHORIZED/.test(code)) return 403;
  return 422;
};

function toResponse(
  error: FastifyError | Error,
  request: FastifyRequest,
): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  const requestId = request.id;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = error.validation.map((v) => ({
      field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(isi)',
      message: v.message ?? 'tidak valid',
    }));
    const message = `Data tidak valid — ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`;
    return {
      status: 400,
      body: { error: { code: 'VALIDATION_FAILED', message, requestId, fields } },
    };
  }
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, requestId } };
    if (error.fields) body.error.fields = error.fields;
    return { status: error.status, body, ...(error.headers ? { headers: error.headers } : {}) };
  }
  if (error.name === 'DomainError' && 'code' in error && typeof error.code === 'string') {
    return {
      status: domainStatus(error.code),
      body: { error: { code: error.code, message: error.message, requestId } },
    };
  }
  const fastifyError = error as FastifyError;
  const known = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (known)
    return { status: fastifyError.statusCode ?? 400, body: { error: { ...known, requestId } } };
  if (fastifyError.statusCode && fastifyError.statusCode < 500) {
    return {
      status: fastifyError.statusCode,
      body: { error: { code: 'BAD_REQUEST', message: 'Permintaan tidak valid.', requestId } },
    };
  }
  const database = classifyDatabaseError(error);
  if (database === 'bad_input') {
    const message =
      'Data tidak valid — ada nilai yang tidak dapat diterima (karakter kendali, format ID, tanggal atau angka yang salah).';
    return { status: 400, body: { error: { code: 'VALIDATION_FAILED', message, requestId } } };
  }
  if (database === 'unavailable') {
    const message = 'Layanan sedang tidak dapat menjangkau basis data. Coba lagi beberapa saat.';
    return {
      status: 503,
      body: { error: { code: 'SERVICE_UNAVAILABLE', message, requestId } },
      headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
    };
  }
  return {
    status: 500,
    body: {
      error: {
        code: 'INTERNAL',
        message: 'Terjadi kesalahan pada server. Coba lagi beberapa saat.',
        requestId,
      },
    },
  };
}

/** The single error handler: stable codes, Indonesian messages, no internals in 5xx bodies. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body, headers } = toResponse(error, request);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else if (classifyDatabaseError(error) === 'bad_input')
      request.log.warn({ err: error }, 'bad input reached the database; add a contract check');
    else request.log.info({ code: body.error.code }, 'request refused');
    if (headers) void reply.headers(headers);
    return reply.status(status).send(body);
  });
}
