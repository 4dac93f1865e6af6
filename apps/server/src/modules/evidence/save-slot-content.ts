import type { EvidenceCertificate } from '@kinerja/contract';
import type { Locale } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/app-error.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { findOwnKarya } from '../bukti-karya/karya.repository.js';
import { certificateFor, checkSlotContent, type EarlierUse } from './evidence-content.js';
import { loadSlotWrite, type SlotWrite } from './evidence-scope.js';
import { findEarlierUse, updateSlot, type SlotRow } from './evidence-slots.repository.js';

/** A file for a slot: from the device (staged blob) or from Bukti Karya (already stored). */
export type SlotFile = {
  hash: string;
  name: string;
  sizeBytes: number;
  source: 'device' | 'karya';
  karyaId: string | null;
};

/** Identifies a write on one slot by its owner. */
export type SlotWriteInput = {
  planId: string;
  slotId: string;
  personId: string;
  locale: Locale;
  requestId: string;
  version?: number | undefined;
};

/** Where the same certificate was collected before by the same person (competency only). */
export async function earlierUseOf(db: Db, slot: SlotRow, fileHash: string): Promise<EarlierUse> {
  if (slot.kind !== 'competency_evidence') return undefined;
  return findEarlierUse(db, { employeeId: slot.employeeId, fileHash, periodId: slot.periodId });
}

/** What the audit row shows of a slot. */
export const slotAuditView = (slot: SlotRow) => ({
  version: slot.version,
  state: slot.state,
  fileHash: slot.fileHash,
  fileName: slot.fileName,
  documentKind: slot.documentKind,
  issuedOn: slot.issuedOn,
});

async function check(
  db: Db,
  write: SlotWrite,
  options: { file: SlotFile; certificate: EvidenceCertificate | null; locale: Locale },
) {
  const earlierUse = await earlierUseOf(db, write.slot, options.file.hash);
  checkSlotContent({ ...write, ...options, earlierUse });
}

/**
 * "Unggah Dokumen" / "Ambil Karya" / "Ubah": puts a file (and the certificate details) into a
 * slot as a draft. Every rule is checked before the blob is committed and again, with the plan and
 * slot locked, in the transaction that writes the slot and its audit row.
 */
export async function saveSlotContent(
  ctx: AppContext,
  input: SlotWriteInput & {
    file: SlotFile;
    certificate?: EvidenceCertificate | undefined;
    action: 'evidence.upload' | 'evidence.attach_karya';
    commitBlob?: () => Promise<void>;
  },
): Promise<void> {
  const { locale } = input;
  const base = { ...input, action: 'evidence.upload' as const };
  const pre = await loadSlotWrite(ctx.db, { ...base, now: ctx.clock() });
  const certificate = certificateFor(pre.slot, input.certificate, locale);
  await check(ctx.db, pre, { file: input.file, certificate, locale });
  await input.commitBlob?.();
  await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const write = await loadSlotWrite(trx, { ...base, now, forUpdate: true });
    // A work taken from Bukti Karya is locked so it cannot be deleted while it is attached.
    if (input.file.karyaId) {
      const key = { id: input.file.karyaId, ownerId: write.slot.employeeId };
      if (!(await findOwnKarya(trx, key, { forUpdate: true }))) {
        throw notFound('Karya tidak ditemukan di Bukti Karya Anda.');
      }
    }
    await check(trx, write, { file: input.file, certificate, locale });
    const { slot } = write;
    const patch = {
      state: 'draft' as const,
      fileHash: input.file.hash,
      fileName: input.file.name,
      sizeBytes: input.file.sizeBytes,
      fileSource: input.file.source,
      karyaId: input.file.karyaId,
      documentKind: certificate?.kind ?? null,
      issuedOn: certificate?.issuedOn ?? null,
      uploadedAt: now,
      updatedAt: now,
    };
    await updateSlot(trx, slot, patch);
    await writeAudit(trx, {
      at: now,
      actorId: input.personId,
      action: input.action,
      entityType: 'evidence_slot',
      entityId: slot.id,
      before: slotAuditView(slot),
      after: { ...slotAuditView({ ...slot, ...patch }), version: slot.version + 1 },
      requestId: input.requestId,
    });
  });
}
