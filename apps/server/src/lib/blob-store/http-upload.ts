import { messageFor, type Locale } from '@kinerja/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { AppError, invalidField } from '../app-error.js';
import {
  BlobError,
  isBlobError,
  type BlobStore,
  type PutOptions,
  type StagedBlob,
} from './blob-store.js';
import { PDF_ACTIVE_CONTENT } from './pdf-inspector.js';

/** Header carrying the original file name (percent-encoded UTF-8) of a raw upload. */
export const FILE_NAME_HEADER = 'x-file-name';

/**
 * Raw uploads for the routes of this plugin scope: every request body reaches the handler as the
 * unread stream (whatever its Content-Type), so files are never buffered in memory and the bytes,
 * not the declared type, decide what a file is (architecture.md §4).
 */
export function acceptRawUploads(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
}

/** The client-given file name: header x-file-name, decoded, without any path, at most 200 chars. */
export function uploadFileName(
  request: Pick<FastifyRequest, 'headers'>,
  fallback = 'dokumen.pdf',
): string {
  const raw = request.headers[FILE_NAME_HEADER];
  if (typeof raw !== 'string' || raw.trim() === '') return fallback;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    throw invalidField(FILE_NAME_HEADER, 'nama berkas harus dikodekan dengan encodeURIComponent');
  }
  const base = name
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  return (base === '' ? fallback : base).slice(0, 200);
}

/** The same name ending in ".pdf", for a file whose bytes were checked to be a PDF. */
export const asPdfName = (name: string): string =>
  /\.pdf$/i.test(name) ? name : `${name.replace(/\.[^.]{1,5}$/, '')}.pdf`;

/** The HTTP error of a blob-store refusal, with the Indonesian (or English) message. */
export function uploadError(error: unknown, locale: Locale): unknown {
  if (!isBlobError(error)) return error;
  switch (error.code) {
    case 'BLOB_TOO_LARGE': {
      const maxMb = Math.round(((error.maxBytes ?? 0) / (1024 * 1024)) * 10) / 10;
      const message = messageFor('EVIDENCE_TOO_LARGE', locale, { maxMb });
      return new AppError({ code: 'EVIDENCE_TOO_LARGE', status: 413, message });
    }
    case 'BLOB_EMPTY':
      return new AppError({
        code: 'EVIDENCE_EMPTY_FILE',
        status: 422,
        message: messageFor('EVIDENCE_EMPTY_FILE', locale),
      });
    case 'BLOB_REJECTED': {
      if (error.reason === PDF_ACTIVE_CONTENT) {
        const message =
          locale === 'en'
            ? 'The PDF contains JavaScript, an action that starts a program, attached files or a form that sends data; such files are refused for safety. Save it again as a plain PDF (Print → Save as PDF) and upload that.'
            : 'Berkas PDF berisi JavaScript, perintah menjalankan program, lampiran berkas, atau formulir yang mengirim data; berkas seperti ini ditolak demi keamanan. Simpan ulang sebagai PDF biasa (Cetak → Simpan sebagai PDF), lalu unggah hasilnya.';
        return new AppError({ code: 'PDF_ACTIVE_CONTENT', status: 422, message });
      }
      const detail =
        locale === 'en'
          ? 'The file content is not a PDF, whatever its name says.'
          : 'Isi berkas bukan PDF, walaupun namanya berakhiran .pdf.';
      const message = `${messageFor('EVIDENCE_NOT_PDF', locale)} ${detail}`;
      return new AppError({ code: 'EVIDENCE_NOT_PDF', status: 422, message });
    }
    case 'BLOB_ABORTED':
      return new AppError({
        code: 'UPLOAD_INCOMPLETE',
        status: 400,
        message:
          locale === 'en'
            ? 'The upload was cut off before it finished; nothing was saved. Upload the file again.'
            : 'Unggahan terputus sebelum selesai; tidak ada yang disimpan. Unggah ulang berkasnya.',
      });
    default:
      return error;
  }
}

/**
 * Receives the raw body of a request into a staged blob (size limit while streaming, content check
 * on the first bytes). A declared Content-Length above the limit is refused before reading; any
 * refusal answers with `Connection: close` because the client may still be sending.
 */
export async function receiveUpload(options: {
  blobs: BlobStore;
  /** The request, or a stand-in with the body stream (a finished resumable upload). */
  request: Pick<FastifyRequest, 'body' | 'headers'>;
  reply: FastifyReply;
  limits: PutOptions;
  locale: Locale;
}): Promise<StagedBlob> {
  const { request, reply, limits, locale } = options;
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  try {
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      throw new BlobError('BLOB_TOO_LARGE', { maxBytes: limits.maxBytes });
    }
    const body = request.body as Readable | undefined;
    if (!body || typeof body.pipe !== 'function') {
      throw new BlobError('BLOB_EMPTY');
    }
    return await options.blobs.stage(body, limits);
  } catch (error) {
    if (isBlobError(error)) void reply.header('connection', 'close');
    throw uploadError(error, locale);
  }
}
