import type { EvidenceCertificate } from '@kinerja/contract';
import { notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { findOwnKarya } from '../bukti-karya/karya.repository.js';
import { evidenceRefusal } from './evidence-errors.js';
import { storedTextDigest } from './evidence-reuse.js';
import { loadSlotWrite } from './evidence-scope.js';
import { saveSlotContent, type SlotWriteInput } from './save-slot-content.js';

/**
 * "Ambil Karya": takes a work from the employee's own Bukti Karya into a competency slot
 * (Kategori Karya → Karya); additional duties take device uploads only — domain.md §3.4.
 */
export async function attachKarya(
  ctx: AppContext,
  input: SlotWriteInput & { karyaId: string; certificate?: EvidenceCertificate | undefined },
): Promise<void> {
  const { slot } = await loadSlotWrite(ctx.db, {
    ...input,
    action: 'evidence.upload',
    now: ctx.clock(),
  });
  if (slot.kind === 'additional_duty_evidence') {
    throw evidenceRefusal({ code: 'EVIDENCE_KARYA_NOT_FOR_DUTY' }, input.locale, 'karyaId');
  }
  const karya = await findOwnKarya(ctx.db, { id: input.karyaId, ownerId: slot.employeeId });
  if (!karya) throw notFound('Karya tidak ditemukan di Bukti Karya Anda.');
  const file = {
    hash: karya.fileHash,
    name: karya.fileName,
    sizeBytes: karya.sizeBytes,
    source: 'karya' as const,
    karyaId: karya.id,
    textDigest: await storedTextDigest(ctx.blobs, karya.fileHash),
  };
  await saveSlotContent(ctx, { ...input, file, action: 'evidence.attach_karya' });
}
