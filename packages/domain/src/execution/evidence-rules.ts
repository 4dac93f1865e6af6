import type { EvidenceKind } from '../catalogues/competency-rhk-2024';
import type { IsoDate } from '../common/dates';
import type { MessageCode, MessageParams } from '../errors/messages';
import type { RuleSet } from '../rule-sets/rule-set';
import { formatLongDate } from '../common/dates';

/** Metadata of an uploaded file; the server checks the bytes separately (architecture.md §4). */
export type EvidenceFile = {
  readonly fileName: string;
  readonly mimeType: string;
  readonly sizeBytes: number;
};

/** What an uploaded competency document is, for the certificate rules — domain.md §3.4. */
export type EvidenceSource = {
  readonly kind: EvidenceKind;
  readonly issuedOn: IsoDate | null;
  readonly isUsedInEarlierPeriod: boolean;
  /** The label of the earlier period it was used in, named in the refusal when known. */
  readonly earlierPeriodLabel?: string | null;
  /** The day of the upload (the server's clock): a document cannot be issued after it. */
  readonly uploadedOn?: IsoDate | null;
};

/** A coded problem with an evidence file or its source. */
export type EvidenceProblem = { readonly code: MessageCode; readonly params: MessageParams };

const DATED_KINDS: readonly EvidenceKind[] = ['certificate', 'surat_keterangan_selesai_topik'];

/**
 * Whether a kind of competency document is a dated certificate (a sertifikat or a Surat Keterangan
 * Selesai Topik): it must carry its issue date, and its number and title identify it when a re-scan
 * is uploaded again — domain.md §3.4 (issue 14 item 2). The upload form asks for them from this.
 */
export const isDatedEvidenceKind = (kind: EvidenceKind): boolean => DATED_KINDS.includes(kind);
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Whether bytes start like a PDF ("%PDF-"): a PDF is a PDF by its bytes, not its name. */
export function hasPdfSignature(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((byte, index) => bytes[index] === byte);
}

// PDF only, at most 10 MB; no uploads at all from 2025 [C] SEED4 — domain.md §3.4, §3.6.
/** Checks an upload against the rule set: uploads allowed, PDF, size limit. */
export function validateEvidenceFile(options: {
  ruleSet: RuleSet;
  file: EvidenceFile;
}): EvidenceProblem[] {
  const rule = options.ruleSet.evidence;
  if (rule.mode === 'none') return [{ code: 'EVIDENCE_UPLOAD_NOT_ALLOWED', params: {} }];
  const { mimeType, sizeBytes, fileName } = options.file;
  const problems: EvidenceProblem[] = [];
  const isPdfName = fileName.toLowerCase().endsWith('.pdf');
  if (!rule.allowedMimeTypes.includes(mimeType) || !isPdfName) {
    problems.push({ code: 'EVIDENCE_NOT_PDF', params: {} });
  }
  if (sizeBytes <= 0) problems.push({ code: 'EVIDENCE_EMPTY_FILE', params: {} });
  if (sizeBytes > rule.maxBytes) {
    problems.push({ code: 'EVIDENCE_TOO_LARGE', params: { maxMb: rule.maxBytes / (1024 * 1024) } });
  }
  return problems;
}

// Issued on/after 1 Jan 2023 and not after the upload day, not used in an earlier period; SK Selesai Topik accepted [C] SEED4 — domain.md §3.4.
/** Checks a competency document's kind, issue date and earlier use. */
export function validateEvidenceSource(options: {
  ruleSet: RuleSet;
  source: EvidenceSource;
  acceptedKinds: readonly EvidenceKind[] | null;
}): EvidenceProblem[] {
  const rule = options.ruleSet.evidence;
  if (rule.mode === 'none') return [{ code: 'EVIDENCE_UPLOAD_NOT_ALLOWED', params: {} }];
  const { kind, issuedOn, isUsedInEarlierPeriod } = options.source;
  const problems: EvidenceProblem[] = [];
  if (options.acceptedKinds && !options.acceptedKinds.includes(kind)) {
    problems.push({ code: 'CERTIFICATE_KIND_NOT_ACCEPTED', params: { kind } });
  }
  const minDate = rule.certificateIssuedOnOrAfter;
  if (isDatedEvidenceKind(kind) && (issuedOn === null || issuedOn < minDate)) {
    problems.push({ code: 'CERTIFICATE_TOO_OLD', params: { date: minDate } });
  }
  // A certificate dated after the day it is uploaded cannot exist yet (issue 14 item 2).
  const today = options.source.uploadedOn ?? null;
  if (issuedOn !== null && today !== null && issuedOn > today) {
    const params = { date: formatLongDate(issuedOn), today: formatLongDate(today) };
    problems.push({ code: 'CERTIFICATE_DATED_IN_FUTURE', params });
  }
  if (isUsedInEarlierPeriod && !rule.isCertificateReuseAllowed) {
    const period = options.source.earlierPeriodLabel;
    problems.push(
      period
        ? { code: 'CERTIFICATE_ALREADY_USED_IN_PERIOD', params: { period } }
        : { code: 'CERTIFICATE_ALREADY_USED', params: {} },
    );
  }
  return problems;
}
