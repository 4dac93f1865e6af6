import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  evidenceReuseProblem,
  isComparableText,
  normaliseEvidenceText,
  toIsoDate,
  type EvidenceFingerprint,
  type EvidenceProblem,
  type EvidenceUse,
  type Locale,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import {
  extractPdfText,
  type BlobStore,
  type ContentInspector,
} from '../../lib/blob-store/index.js';
import type { PlanScope } from '../plan-context/plan-scope.js';
import type { SlotRow } from './evidence-slots.repository.js';
import { slotTitle } from './evidence-titles.js';

/** SHA-256 of a PDF's normalised text, or null when it has too little text (e.g. a scan). */
export function textDigestOf(pdf: Buffer): string | null {
  const text = normaliseEvidenceText(extractPdfText(pdf));
  return isComparableText(text) ? createHash('sha256').update(text).digest('hex') : null;
}

/**
 * Wraps an upload's inspector: once the complete file is accepted, its text digest is handed to
 * `onDigest` (read from the temporary file, before anything is stored).
 */
export function withTextDigest(
  inner: ContentInspector,
  onDigest: (digest: string | null) => void,
): ContentInspector {
  return {
    feed: (bytes) => inner.feed(bytes),
    async finish(path) {
      const reason = await inner.finish(path);
      if (reason === null) onDigest(textDigestOf(await readFile(path)));
      return reason;
    },
  };
}

/** The text digest of a blob already stored (a work taken from Bukti Karya). */
export async function storedTextDigest(blobs: BlobStore, hash: string): Promise<string | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of await blobs.get(hash)) chunks.push(chunk as Buffer);
  return textDigestOf(Buffer.concat(chunks));
}

/** The fingerprint of a slot's stored content. */
export const slotFingerprint = (slot: SlotRow): EvidenceFingerprint | null =>
  slot.fileHash === null
    ? null
    : {
        fileHash: slot.fileHash,
        textDigest: slot.textDigest,
        certificateNumber: slot.certificateNumber,
        certificateTitle: slot.certificateTitle,
        issuedOn: slot.issuedOn,
      };

/**
 * The refusal for content already used by the same person: in another RHK of this plan (draft or
 * collected), or collected as competency evidence in an earlier period — compared by bytes, text
 * and certificate details (domain.md §3.4, issue 14 item 2). Null when it may be used.
 */
export async function reuseProblemOf(
  db: Db,
  options: { scope: PlanScope; slot: SlotRow; candidate: EvidenceFingerprint; locale: Locale },
): Promise<EvidenceProblem | null> {
  const { scope, slot, candidate } = options;
  const rows = await db
    .selectFrom('evidenceSlots as s')
    .innerJoin('periods as p', 'p.id', 's.periodId')
    .selectAll('s')
    .select(['p.label as periodLabel', 'p.startsOn'])
    .where('s.employeeId', '=', slot.employeeId)
    .where('s.id', '<>', slot.id)
    .where('s.fileHash', 'is not', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('s.planId', '=', slot.planId), eb('s.supersededAt', 'is', null)]),
        eb.and([
          eb('s.periodId', '<>', slot.periodId),
          eb('s.state', '=', 'collected'),
          eb('s.kind', '=', 'competency_evidence'),
          eb(
            'p.startsOn',
            '<',
            eb.selectFrom('periods').select('startsOn').where('id', '=', slot.periodId),
          ),
        ]),
      ]),
    )
    .execute();
  const uses: EvidenceUse[] = rows.map((row) => ({
    ...slotFingerprint(row)!,
    isSamePeriod: row.planId === slot.planId,
    isCollected: row.state === 'collected',
    periodLabel: row.periodLabel,
    // Titles come from the catalogue of the period being worked in (the same 2024 RHK list).
    rhkLabel: slotTitle(scope, row, options.locale).title,
    uploadedOn: toIsoDate(row.uploadedAt ?? row.updatedAt),
  }));
  // Competency evidence compares across periods; an SK file of a duty only within its plan.
  const relevant =
    slot.kind === 'competency_evidence' ? uses : uses.filter((use) => use.isSamePeriod);
  return evidenceReuseProblem({
    ruleSet: scope.ruleSet,
    candidate,
    uses: relevant,
    locale: options.locale,
  });
}
