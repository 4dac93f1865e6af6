import type { EvidenceCertificate } from '@kinerja/contract';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { appendFile, mkdir, readFile, rm, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, invalidField, notFound } from '../../lib/app-error.js';
import { BlobError, FILE_NAME_HEADER, uploadError } from '../../lib/blob-store/index.js';
import type { AppContext } from '../../lib/context.js';
import type { Locale } from '@kinerja/domain';
import { loadSlotWrite } from './evidence-scope.js';
import { uploadEvidence } from './upload-evidence.js';

// Resumable uploads of evidence PDFs (issue 17; domain.md §7: teachers in 3T areas upload over weak
// connections). The device opens a session naming the file (size, SHA-256); chunks are appended in
// order, each accepted only at the offset the session has reached, so a chunk repeated after a lost
// answer is refused with the offset to go on from; "complete" checks the hash and hands the file to
// the ordinary upload (uploadEvidence: 10 MB rule, PDF checks, slot state and version, audit),
// after which the session is gone, stored or refused.
// Only the person who opened a session sees it; anyone else gets 404, as if it did not exist.

/** Largest chunk one request may carry. */
export const MAX_CHUNK_BYTES = 1024 * 1024;

/** A session as the device sees it. */
export type UploadSessionView = { id: string; sizeBytes: number; receivedBytes: number };

type Owner = { personId: string; locale: Locale };

const partPath = (ctx: AppContext, id: string) => join(ctx.blobs.tmpDir, 'resumable', `${id}.part`);

/** Opens a session for one slot's PDF; the slot must accept an upload by this person now. */
export async function openUploadSession(
  ctx: AppContext,
  input: Owner & {
    planId: string;
    slotId: string;
    fileName: string;
    sizeBytes: number;
    sha256: string;
  },
): Promise<UploadSessionView> {
  const { scope } = await loadSlotWrite(ctx.db, {
    ...input,
    action: 'evidence.upload',
    now: ctx.clock(),
  });
  const rule = scope.ruleSet.evidence;
  // loadSlotWrite already refused a rule set without uploads; this narrows the type.
  const maxBytes = rule.mode === 'upload' ? rule.maxBytes : 0;
  if (input.sizeBytes > maxBytes) {
    throw uploadError(new BlobError('BLOB_TOO_LARGE', { maxBytes }), input.locale);
  }
  const now = ctx.clock();
  const row = await ctx.db
    .insertInto('uploadSessions')
    .values({
      personId: input.personId,
      planId: input.planId,
      slotId: input.slotId,
      fileName: input.fileName,
      sizeBytes: input.sizeBytes,
      sha256: input.sha256,
      createdAt: now,
      updatedAt: now,
    })
    .returning(['id', 'sizeBytes', 'receivedBytes'])
    .executeTakeFirstOrThrow();
  await mkdir(join(ctx.blobs.tmpDir, 'resumable'), { recursive: true });
  await rm(partPath(ctx, row.id), { force: true });
  return row;
}

/** Bytes of a session's temporary file; 0 when it is missing (never written, or swept). */
const sizeOnDisk = (path: string): Promise<number> =>
  stat(path).then(
    (info) => info.size,
    () => 0,
  );

async function ownSession(ctx: AppContext, id: string, owner: Owner) {
  const row = await ctx.db
    .selectFrom('uploadSessions')
    .selectAll()
    .where('id', '=', id)
    .where('personId', '=', owner.personId)
    .executeTakeFirst();
  if (!row) throw notFound('Sesi unggahan tidak ditemukan.');
  return row;
}

/** Where a session stands; a session whose temporary file was swept starts again from 0. */
export async function readUploadSession(
  ctx: AppContext,
  id: string,
  owner: Owner,
): Promise<UploadSessionView> {
  const row = await ownSession(ctx, id, owner);
  const onDisk = await sizeOnDisk(partPath(ctx, id));
  const receivedBytes = Math.min(row.receivedBytes, onDisk);
  return { id, sizeBytes: row.sizeBytes, receivedBytes };
}

/** Reads a chunk body into a file beside the session's, cut at MAX_CHUNK_BYTES + 1. */
async function receiveChunk(body: Readable, path: string, locale: Locale): Promise<number> {
  let size = 0;
  const counter = async function* (source: AsyncIterable<Buffer>) {
    for await (const bytes of source) {
      size += bytes.length;
      if (size > MAX_CHUNK_BYTES)
        throw new BlobError('BLOB_TOO_LARGE', { maxBytes: MAX_CHUNK_BYTES });
      yield bytes;
    }
  };
  try {
    await pipeline(body, counter, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    if (error instanceof BlobError) {
      throw invalidField('chunk', `paling besar ${MAX_CHUNK_BYTES} bita per bagian`);
    }
    throw uploadError(new BlobError('BLOB_ABORTED'), locale);
  }
  return size;
}

/** Appends one chunk at `offset`; 409 with the offset reached when it is not the next one. */
export async function appendUploadChunk(
  ctx: AppContext,
  input: Owner & { id: string; offset: number; body: Readable; reply: FastifyReply },
): Promise<UploadSessionView> {
  const row = await ownSession(ctx, input.id, input);
  const part = partPath(ctx, input.id);
  const chunk = `${part}.${ctx.clock().getTime()}-${Math.random().toString(36).slice(2)}.chunk`;
  const size = await receiveChunk(input.body, chunk, input.locale);
  try {
    if (size === 0) throw invalidField('chunk', 'bagian berkas kosong');
    // The offset check and the append happen under the session's row lock, so two devices (or a
    // retried request) never append the same bytes twice.
    return await ctx.db.transaction().execute(async (trx) => {
      const locked = await trx
        .selectFrom('uploadSessions')
        .select(['receivedBytes'])
        .where('id', '=', row.id)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const reached = Math.min(locked.receivedBytes, await sizeOnDisk(part));
      if (input.offset !== reached) {
        throw new AppError({
          code: 'UPLOAD_OFFSET_MISMATCH',
          status: 409,
          message: `Bagian ini tidak menyambung: server sudah menerima ${reached} bita. Lanjutkan dari sana.`,
          fields: [{ field: 'offset', message: `harus ${reached}` }],
        });
      }
      if (reached + size > row.sizeBytes) {
        throw invalidField(
          'chunk',
          `berkas melebihi ukuran yang diumumkan (${row.sizeBytes} bita)`,
        );
      }
      // Drop anything past the confirmed offset (an append cut short by a crash), then append.
      await appendFile(part, '');
      await truncate(part, reached);
      await appendFile(part, await readFile(chunk));
      const receivedBytes = reached + size;
      await trx
        .updateTable('uploadSessions')
        .set({ receivedBytes, updatedAt: ctx.clock() })
        .where('id', '=', row.id)
        .execute();
      return { id: row.id, sizeBytes: row.sizeBytes, receivedBytes };
    });
  } finally {
    await rm(chunk, { force: true });
  }
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const bytes of createReadStream(path)) hash.update(bytes as Buffer);
  return hash.digest('hex');
}

/**
 * Checks the complete file against the announced size and SHA-256, then stores it as the slot's
 * evidence through the ordinary upload; the session ends when the slot has the file.
 */
export async function completeUploadSession(
  ctx: AppContext,
  input: Owner & {
    id: string;
    certificate: EvidenceCertificate | undefined;
    version?: number | undefined;
    requestId: string;
    reply: FastifyReply;
  },
): Promise<{ planId: string; slotId: string }> {
  const row = await ownSession(ctx, input.id, input);
  const part = partPath(ctx, input.id);
  const { receivedBytes } = await readUploadSession(ctx, input.id, input);
  if (receivedBytes !== row.sizeBytes) {
    throw new AppError({
      code: 'UPLOAD_INCOMPLETE',
      status: 409,
      message: `Unggahan belum lengkap: ${receivedBytes} dari ${row.sizeBytes} bita diterima.`,
      fields: [{ field: 'receivedBytes', message: `harus ${row.sizeBytes}` }],
    });
  }
  if ((await sha256Of(part)) !== row.sha256) {
    // The bytes are not the announced file: start over rather than keep a broken copy.
    await ctx.db.deleteFrom('uploadSessions').where('id', '=', row.id).execute();
    await rm(part, { force: true });
    throw new AppError({
      code: 'UPLOAD_HASH_MISMATCH',
      status: 422,
      message:
        'Berkas yang diterima tidak sama dengan berkas di perangkat (sidik SHA-256 berbeda). Unggah ulang berkasnya.',
      fields: [{ field: 'sha256', message: 'tidak cocok dengan isi yang diterima' }],
    });
  }
  // From here the session ends whatever the answer: a refused file (not a PDF, a stale version)
  // would be refused again, so the device starts over rather than resume.
  try {
    await uploadEvidence(ctx, {
      planId: row.planId,
      slotId: row.slotId,
      personId: input.personId,
      locale: input.locale,
      requestId: input.requestId,
      version: input.version,
      certificate: input.certificate,
      request: {
        body: createReadStream(part),
        headers: {
          [FILE_NAME_HEADER]: encodeURIComponent(row.fileName),
          'content-length': String(row.sizeBytes),
        },
      },
      reply: input.reply,
    });
  } finally {
    await ctx.db.deleteFrom('uploadSessions').where('id', '=', row.id).execute();
    await rm(part, { force: true });
  }
  return { planId: row.planId, slotId: row.slotId };
}
