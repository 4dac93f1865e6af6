import { formatLongDate, type IsoDate } from '../common/dates';
import type { Locale } from '../i18n/locale';
import type { RuleSet } from '../rule-sets/rule-set';
import type { EvidenceProblem } from './evidence-rules';

/**
 * What identifies an evidence document beyond its bytes: the digest of its normalised text and the
 * certificate's number, title and issue date. A re-scan has other bytes but the same text or the
 * same certificate — domain.md §3.4 ("not used in a previous Pengelolaan Kinerja period").
 */
export type EvidenceFingerprint = {
  readonly fileHash: string;
  /** SHA-256 of `normaliseEvidenceText(text)`; null when the PDF has too little text to compare. */
  readonly textDigest: string | null;
  readonly certificateNumber: string | null;
  readonly certificateTitle: string | null;
  readonly issuedOn: IsoDate | null;
};

/** An earlier use of a document by the same person: another slot, this period or an earlier one. */
export type EvidenceUse = EvidenceFingerprint & {
  readonly isSamePeriod: boolean;
  /** Collected ("Kumpulkan") — only collected uses of earlier periods count as used. */
  readonly isCollected: boolean;
  readonly periodLabel: string;
  readonly rhkLabel: string;
  readonly uploadedOn: IsoDate;
};

/** How a document matched an earlier use, strongest first. */
export type EvidenceMatch = 'file' | 'text' | 'certificate';

/** Fewer normalised characters than this say too little to tell two documents apart (e.g. a scan). */
export const MIN_COMPARABLE_TEXT_LENGTH = 40;

/**
 * Text as compared: Unicode-folded, lower case, letters and digits only — so a re-scan or a
 * re-export with other spacing, line breaks or punctuation compares equal.
 */
export function normaliseEvidenceText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether normalised text is long enough to identify a document. */
export const isComparableText = (normalised: string): boolean =>
  normalised.length >= MIN_COMPARABLE_TEXT_LENGTH;

const key = (value: string | null): string | null => {
  if (value === null) return null;
  const normal = normaliseEvidenceText(value);
  return normal === '' ? null : normal;
};

/**
 * How a new document matches an earlier one: the same bytes, the same text, or the same
 * certificate — the same number with the same title or date, or (without a number) the same title
 * and date. Null when they differ.
 */
export function matchEvidence(
  candidate: EvidenceFingerprint,
  earlier: EvidenceFingerprint,
): EvidenceMatch | null {
  if (candidate.fileHash === earlier.fileHash) return 'file';
  if (candidate.textDigest !== null && candidate.textDigest === earlier.textDigest) return 'text';
  const number = key(candidate.certificateNumber);
  const title = key(candidate.certificateTitle);
  const sameTitle = title !== null && title === key(earlier.certificateTitle);
  const sameDate = candidate.issuedOn !== null && candidate.issuedOn === earlier.issuedOn;
  if (number !== null && number === key(earlier.certificateNumber) && (sameTitle || sameDate))
    return 'certificate';
  if (number === null && key(earlier.certificateNumber) === null && sameTitle && sameDate)
    return 'certificate';
  return null;
}

const MATCH_WORDS: { readonly [M in EvidenceMatch]: { id: string; en: string } } = {
  file: { id: 'sama dengan berkas', en: 'is the same file as the' },
  text: { id: 'berisi teks yang sama dengan', en: 'has the same text as the' },
  certificate: {
    id: 'memuat nomor, judul atau tanggal sertifikat yang sama dengan',
    en: 'carries the same certificate number, title or date as the',
  },
};

const order = (match: EvidenceMatch): number => ['file', 'text', 'certificate'].indexOf(match);

/**
 * The refusal for a document already used: in this period for another RHK (one document backs one
 * RHK), or collected in an earlier period unless the rule set allows reuse — naming the period, the
 * RHK and the upload date of the use it matches (domain.md §3.4). Null when it may be used.
 */
export function evidenceReuseProblem(options: {
  ruleSet: RuleSet;
  candidate: EvidenceFingerprint;
  uses: readonly EvidenceUse[];
  locale?: Locale;
}): EvidenceProblem | null {
  const locale = options.locale ?? 'id';
  const rule = options.ruleSet.evidence;
  const isReuseAllowed = rule.mode === 'upload' && rule.isCertificateReuseAllowed;
  const found = options.uses
    .filter((use) => use.isSamePeriod || use.isCollected)
    .filter((use) => use.isSamePeriod || !isReuseAllowed)
    .map((use) => ({ use, match: matchEvidence(options.candidate, use) }))
    .filter((item): item is { use: EvidenceUse; match: EvidenceMatch } => item.match !== null)
    // Same period first (the clearer fix), then the strongest match, then the earliest upload.
    .sort(
      (a, b) =>
        Number(b.use.isSamePeriod) - Number(a.use.isSamePeriod) ||
        order(a.match) - order(b.match) ||
        a.use.uploadedOn.localeCompare(b.use.uploadedOn),
    );
  const first = found[0];
  if (!first) return null;
  const params = {
    match: MATCH_WORDS[first.match][locale],
    period: first.use.periodLabel,
    rhk: first.use.rhkLabel,
    uploadedOn: formatLongDate(first.use.uploadedOn, locale),
  };
  return first.use.isSamePeriod
    ? { code: 'EVIDENCE_REUSED_IN_THIS_PERIOD', params }
    : { code: 'EVIDENCE_REUSED_FROM_EARLIER_PERIOD', params };
}
