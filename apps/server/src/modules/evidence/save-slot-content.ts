import type { EvidenceCertificate } from '@kinerja/contract';
import type { Locale } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/app-error.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { findOwnKarya } from '../bukti-karya/karya.repository.js';
import { certificateFor, checkSlotContent } from './evidence-content.js';
import { reuseProblemOf } from './evidence-reuse.js';
import { loadSlotWrite, type SlotWrite } from './evidence-scope.js';
import { updateSlot, type SlotRow } from './evidence-slots.repository.js';

/** A file for a slot: from the device (staged blob) or from Bukti Karya (already stored). */
export type SlotFile = {
  hash: string;
  name: string;
  sizeBytes: number;
  source: 'device' | 'karya';
  karyaId: string | null;
  /** SHA-256 of the PDF's normalised text (null: too little text to compare). */
  textDigest: string | null;
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

/**
 * The reuse refusal of a slot's content, if any: the same file, text or certificate in another
 * RHK of this plan or collected in an earlier period (domain.md §3.4).
 */
export async function reuseOf(
  db: Db,
  write: SlotWrite,
  options: {
    fileHash: string;
    textDigest: string | null;
    certificate: EvidenceCertificate | null;
    locale: Locale;
  },
) {
  const { certificate } = options;
  const candidate = {
    fileHash: options.fileHash,
    textDigest: options.textDigest,
    certificateNumber: certificate?.number ?? null,
    certificateTitle: certificate?.title ?? null,
    issuedOn: certificate?.issuedOn ?? null,
  };
  return reuseProblemOf(db, { ...write, candidate, locale: options.locale });
}

/** What the audit row shows of a slot. */
export const slotAuditView = (slot: SlotRow) => ({
  version: slot.version,
  state: slot.state,
  fileHash: slot.fileHash,
  fileName: slot.fileName,
  documentKind: slot.documentKind,
  issuedOn: slot.issuedOn,
  textDigest: slot.textDigest,
  certificateNumber: slot.certificateNumber,
  certificateTitle: slot.certificateTitle,
});

async function check(
  db: Db,
  write: SlotWrite,
  options: { file: SlotFile; certificate: EvidenceCertificate | null; locale: Locale },
) {
  const reuse = await reuseOf(db, write, {
    fileHash: options.file.hash,
    textDigest: options.file.textDigest,
    certificate: options.certificate,
    locale: options.locale,
  });
  checkSlotContent({ ...write, ...options, reuse, uploadedOn: write.scope.today });
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
      textDigest: input.file.textDigest,
      certificateNumber: certificate?.number ?? null,
      certificateTitle: certificate?.title ?? null,
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
