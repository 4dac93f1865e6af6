import {
  PDF_UPLOAD_MAX_BYTES,
  employeeProfile,
  emptyPracticeRecord,
  PRACTICE_STEP_LABELS,
  type Locale,
} from '@kinerja/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { asPdfName, pdfChecks, receiveUpload, uploadFileName } from '../../lib/blob-store/index.js';
import { writeAudit } from '../../lib/audit.js';
import { notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { executionError } from '../execution-documents/execution-errors.js';
import { loadExecutionScope, requireApproved } from '../execution-documents/execution-scope.js';
import { openPracticeWrite, type PracticeWriteScope } from './run-practice-write.js';
import {
  findPracticeCycle,
  storeModulAjar,
  storePracticeCycle,
} from './practice-cycles.repository.js';

/** Largest Modul Ajar accepted: the platform's PDF limit (10 MB) — domain.md §3.4, §3.6. */
export const MODUL_AJAR_MAX_BYTES = PDF_UPLOAD_MAX_BYTES;

type Input = { planId: string; personId: string; requestId: string; locale: Locale };

// The Modul Ajar belongs to A, so it changes only while A is due — domain.md §3.6 [S] TXRXNOVI.
// A principal's observation is of the leadership practice: no Modul Ajar — domain.md §2.3, §3.8.
function requirePreparation(step: PracticeWriteScope, locale: Locale): void {
  if (!employeeProfile(step.scope.row.employeeKind).isModulAjarOffered) {
    throw executionError({ code: 'PRACTICE_MODUL_AJAR_NOT_FOR_KIND' }, locale);
  }
  const state = step.row?.state ?? 'preparation_discussion';
  if (state === 'preparation_discussion') return;
  if (state === 'completed') throw executionError({ code: 'PRACTICE_CYCLE_COMPLETED' }, locale);
  const stepName = PRACTICE_STEP_LABELS.preparation_discussion.id;
  throw executionError({ code: 'PRACTICE_STEP_FINISHED', params: { step: stepName } }, locale);
}

async function storeFile(
  step: PracticeWriteScope,
  input: Input,
  file: { hash: string; name: string; size: number } | null,
): Promise<void> {
  const { trx, scope, row, now } = step;
  const plan = scope.row;
  const version = (row?.version ?? 0) + 1;
  if (!row) {
    const owner = {
      planId: plan.id,
      periodId: plan.periodId,
      employeeId: plan.employeeId,
      employeeKind: plan.employeeKind,
      schoolId: plan.schoolId,
      provinceCode: plan.provinceCode,
    };
    await storePracticeCycle(trx, { owner, record: emptyPracticeRecord(), version, now });
  }
  await storeModulAjar(trx, { planId: plan.id, file, uploadedBy: input.personId, version, now });
  await writeAudit(trx, {
    at: now,
    actorId: input.personId,
    action: file ? 'practice.upload_modul_ajar' : 'practice.remove_modul_ajar',
    entityType: 'practice_cycle',
    entityId: row?.id ?? plan.id,
    before: { modulAjarHash: row?.modulAjarHash ?? null, version: row?.version ?? 0 },
    after: { modulAjarHash: file?.hash ?? null, name: file?.name ?? null, version },
    requestId: input.requestId,
  });
}

/**
 * The optional Modul Ajar of the Diskusi Persiapan: a raw PDF body (≤ 10 MB, judged by its bytes)
 * streamed into the blob store. Who may upload and when is checked before a byte is read, and
 * again in the transaction; a refused upload leaves nothing behind.
 */
export async function uploadModulAjar(
  ctx: AppContext,
  input: Input & { request: FastifyRequest; reply: FastifyReply },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const step = await openPracticeWrite(trx, { ...input, now: ctx.clock() });
    requirePreparation(step, input.locale);
  });
  const staged = await receiveUpload({
    blobs: ctx.blobs,
    request: input.request,
    reply: input.reply,
    limits: { maxBytes: MODUL_AJAR_MAX_BYTES, ...pdfChecks },
    locale: input.locale,
  });
  try {
    const name = asPdfName(uploadFileName(input.request, 'modul-ajar.pdf'));
    // Stored (and registered) before the row is written, outside the transaction: an orphan left by
    // a refusal below is collected after the grace period.
    await staged.commit();
    await ctx.db.transaction().execute(async (trx) => {
      const step = await openPracticeWrite(trx, { ...input, now: ctx.clock() });
      requirePreparation(step, input.locale);
      await storeFile(step, input, { hash: staged.hash, name, size: staged.size });
    });
  } finally {
    await staged.discard();
  }
}

/** Removes the Modul Ajar while A is due (the blob stays, content-addressed, for history). */
export async function removeModulAjar(ctx: AppContext, input: Input): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const step = await openPracticeWrite(trx, { ...input, now: ctx.clock() });
    requirePreparation(step, input.locale);
    if (!step.row?.modulAjarHash) throw notFound('Modul Ajar belum diunggah.');
    await storeFile(step, input, null);
  });
}

/** The Modul Ajar for anyone who may see the plan — authorized before the file is opened. */
export async function openModulAjar(
  ctx: AppContext,
  input: { planId: string; personId: string; locale: Locale },
): Promise<{ name: string; size: number; stream: Readable }> {
  const scope = await loadExecutionScope(ctx.db, { ...input, now: ctx.clock() });
  requireApproved(scope, input.locale);
  const row = await findPracticeCycle(ctx.db, scope.row.id);
  if (!row?.modulAjarHash || !row.modulAjarName) throw notFound('Modul Ajar belum diunggah.');
  const stream = await ctx.blobs.get(row.modulAjarHash);
  return { name: row.modulAjarName, size: row.modulAjarSize ?? 0, stream };
}
