import { applyDocumentCommand, toIsoDate } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { checkSlotContent } from './evidence-content.js';
import { evidenceRefusal } from './evidence-errors.js';
import { notifyEvidenceCollected } from './evidence-notifications.js';
import { loadSlotWrite } from './evidence-scope.js';
import { slotTitle } from './evidence-titles.js';
import { updateSlot } from './evidence-slots.repository.js';
import { reuseOf, slotAuditView, type SlotWriteInput } from './save-slot-content.js';

/**
 * "Kumpulkan": makes a slot final ("tidak bisa dilakukan perubahan kembali" — domain.md §3.4).
 * The content is checked once more (a certificate may have been collected in an earlier period
 * since the draft), then the slot, its audit row and the supervisor's notification commit together.
 */
export async function collectEvidence(ctx: AppContext, input: SlotWriteInput): Promise<void> {
  const { locale } = input;
  await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const write = await loadSlotWrite(trx, {
      ...input,
      action: 'evidence.collect',
      now,
      forUpdate: true,
    });
    const { scope, slot } = write;
    const result = applyDocumentCommand({
      document: { kind: slot.kind, state: slot.state, rhkCode: slot.code, content: null },
      command: { type: 'collect' },
      role: 'employee',
      ruleSet: scope.ruleSet,
      catalogues: scope.catalogues,
    });
    if (!result.ok) throw evidenceRefusal(result, locale);
    if (slot.fileHash && slot.fileName && slot.sizeBytes) {
      const certificate = slot.documentKind
        ? {
            kind: slot.documentKind,
            issuedOn: slot.issuedOn,
            number: slot.certificateNumber,
            title: slot.certificateTitle,
          }
        : null;
      const reuse = await reuseOf(trx, write, {
        fileHash: slot.fileHash,
        textDigest: slot.textDigest,
        certificate,
        locale,
      });
      const file = { name: slot.fileName, sizeBytes: slot.sizeBytes };
      const uploadedOn = slot.uploadedAt ? toIsoDate(slot.uploadedAt) : write.scope.today;
      checkSlotContent({ ...write, file, certificate, reuse, uploadedOn, locale });
    }
    const patch = { state: 'collected' as const, collectedAt: now, updatedAt: now };
    await updateSlot(trx, slot, patch);
    await writeAudit(trx, {
      at: now,
      actorId: input.personId,
      action: 'evidence.collect',
      entityType: 'evidence_slot',
      entityId: slot.id,
      before: slotAuditView(slot),
      after: { ...slotAuditView({ ...slot, ...patch }), version: slot.version + 1 },
      requestId: input.requestId,
    });
    const title = slotTitle(scope, slot, 'id').title;
    await notifyEvidenceCollected(trx, { scope, title });
  });
}
