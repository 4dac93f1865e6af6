import type { EvidenceListResponse, EvidenceSlot } from '@kinerja/contract';
import type { Locale } from '@kinerja/domain';
import type { Readable } from 'node:stream';
import { notFound } from '../../lib/app-error.js';
import { isBlobError } from '../../lib/blob-store/index.js';
import type { AppContext } from '../../lib/context.js';
import { ensurePlanSlots, loadEvidenceScope } from './evidence-scope.js';
import { findPlanSlot, type SlotRow } from './evidence-slots.repository.js';
import { presentEvidence, presentSlot } from './evidence.presenter.js';

type ReadInput = { planId: string; personId: string; locale: Locale };

/** "Kumpulkan" page: the slots of a plan for everyone who may see it (404 for what is private). */
export async function readEvidence(
  ctx: AppContext,
  input: ReadInput,
): Promise<EvidenceListResponse> {
  const scope = await loadEvidenceScope(ctx.db, { ...input, now: ctx.clock() });
  const slots = await ensurePlanSlots(ctx.db, scope);
  return presentEvidence(scope, slots, input.locale);
}

/** One slot after a write. */
export async function readSlot(
  ctx: AppContext,
  input: ReadInput & { slotId: string },
): Promise<EvidenceSlot> {
  const scope = await loadEvidenceScope(ctx.db, { ...input, now: ctx.clock() });
  const slot = await findPlanSlot(ctx.db, input);
  if (!slot) throw notFound('Slot bukti dukung tidak ditemukan.');
  return presentSlot(scope, slot, input.locale);
}

/** A slot's file with what the response headers need. */
export type SlotFileStream = { slot: SlotRow; stream: Readable };

/**
 * "Cek": the file of a slot (current or superseded), only after the viewer is authorized for the
 * plan — the owner, their supervisor, Tim Kinerja, the Dinas of the region (architecture.md §4).
 */
export async function openSlotFile(
  ctx: AppContext,
  input: ReadInput & { slotId: string },
): Promise<SlotFileStream> {
  await loadEvidenceScope(ctx.db, { ...input, now: ctx.clock() });
  const slot = await findPlanSlot(ctx.db, input);
  if (!slot?.fileHash) throw notFound('Dokumen bukti dukung tidak ditemukan.');
  try {
    return { slot, stream: await ctx.blobs.get(slot.fileHash) };
  } catch (error) {
    if (isBlobError(error)) throw notFound('Berkas dokumen tidak ditemukan di penyimpanan.');
    throw error;
  }
}
