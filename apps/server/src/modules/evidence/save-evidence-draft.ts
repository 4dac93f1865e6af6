import type { EvidenceCertificate } from '@kinerja/contract';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { certificateFor, checkSlotContent } from './evidence-content.js';
import { evidenceRefusal } from './evidence-errors.js';
import { loadSlotWrite } from './evidence-scope.js';
import { updateSlot } from './evidence-slots.repository.js';
import { reuseOf, slotAuditView, type SlotWriteInput } from './save-slot-content.js';

/** "Simpan Draf": keeps the certificate details of a slot that holds a file (domain.md §3.4). */
export async function saveEvidenceDraft(
  ctx: AppContext,
  input: SlotWriteInput & { certificate: EvidenceCertificate },
): Promise<void> {
  const { locale } = input;
  await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const write = await loadSlotWrite(trx, {
      ...input,
      action: 'evidence.upload',
      now,
      forUpdate: true,
    });
    const { slot } = write;
    const certificate = certificateFor(slot, input.certificate, locale);
    if (slot.fileHash === null || slot.fileName === null || slot.sizeBytes === null) {
      throw evidenceRefusal({ code: 'DOCUMENT_EMPTY' }, locale);
    }
    const file = { name: slot.fileName, sizeBytes: slot.sizeBytes };
    const reuse = await reuseOf(trx, write, {
      fileHash: slot.fileHash,
      textDigest: slot.textDigest,
      certificate,
      locale,
    });
    checkSlotContent({ ...write, file, certificate, reuse, uploadedOn: write.scope.today, locale });
    const patch = {
      documentKind: certificate?.kind ?? null,
      issuedOn: certificate?.issuedOn ?? null,
      certificateNumber: certificate?.number ?? null,
      certificateTitle: certificate?.title ?? null,
      updatedAt: now,
    };
    await updateSlot(trx, slot, patch);
    await writeAudit(trx, {
      at: now,
      actorId: input.personId,
      action: 'evidence.save_draft',
      entityType: 'evidence_slot',
      entityId: slot.id,
      before: slotAuditView(slot),
      after: { ...slotAuditView({ ...slot, ...patch }), version: slot.version + 1 },
      requestId: input.requestId,
    });
  });
}
