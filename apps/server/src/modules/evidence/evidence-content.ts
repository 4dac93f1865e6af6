import type { EvidenceCertificate } from '@kinerja/contract';
import {
  applyDocumentCommand,
  messageFor,
  type DocumentContent,
  type EvidenceProblem,
  type IsoDate,
  type Locale,
  type MessageCode,
} from '@kinerja/domain';
import { AppError } from '../../lib/app-error.js';
import type { PlanScope } from '../plan-context/plan-scope.js';
import { evidenceRefusal } from './evidence-errors.js';
import type { SlotRow } from './evidence-slots.repository.js';

/** The file of an upload as the domain judges it (bytes already checked to be a PDF). */
export type CheckedFile = { name: string; sizeBytes: number };

const FIELD: Partial<Record<MessageCode, string>> = {
  CERTIFICATE_TOO_OLD: 'issuedOn',
  CERTIFICATE_KIND_NOT_ACCEPTED: 'kind',
  CERTIFICATE_ALREADY_USED: 'file',
  CERTIFICATE_ALREADY_USED_IN_PERIOD: 'file',
  CERTIFICATE_DATED_IN_FUTURE: 'issuedOn',
  EVIDENCE_REUSED_FROM_EARLIER_PERIOD: 'file',
  EVIDENCE_REUSED_IN_THIS_PERIOD: 'file',
};

/**
 * The certificate of a slot's new content: required for competency evidence (its kind decides
 * the date rule), refused for additional duties (one PDF with SK + Surat Laporan) — domain.md §3.4.
 */
export function certificateFor(
  slot: Pick<SlotRow, 'kind'>,
  certificate: EvidenceCertificate | undefined,
  locale: Locale,
): EvidenceCertificate | null {
  if (slot.kind === 'additional_duty_evidence') {
    if (certificate)
      throw evidenceRefusal({ code: 'EVIDENCE_SOURCE_NOT_FOR_DUTY' }, locale, 'kind');
    return null;
  }
  if (!certificate) {
    const message =
      locale === 'en'
        ? 'choose the document kind (certificate, surat_keterangan_selesai_topik, relevant_document or report)'
        : 'pilih jenis dokumen: sertifikat (certificate), Surat Keterangan Selesai Topik (surat_keterangan_selesai_topik) atau dokumen relevan lainnya (relevant_document, report)';
    throw new AppError({
      code: 'VALIDATION_FAILED',
      message: `kind: ${message}`,
      fields: [{ field: 'kind', message }],
    });
  }
  return certificate;
}

/**
 * Runs the domain's "Simpan Draf" on the new content of a slot: PDF and size, certificate kind,
 * issue date from 1 Jan 2023 and not after the upload day, and the reuse found by content (another
 * RHK of this period, an earlier period) — every problem listed, nothing saved.
 */
export function checkSlotContent(options: {
  scope: PlanScope;
  slot: SlotRow;
  file: CheckedFile;
  certificate: EvidenceCertificate | null;
  reuse: EvidenceProblem | null;
  /** The day of the upload: today for a new file, the stored upload day at "Kumpulkan". */
  uploadedOn: IsoDate;
  locale: Locale;
}): void {
  const { scope, slot, file, certificate, reuse, locale } = options;
  const content: DocumentContent = {
    type: 'upload',
    file: { fileName: file.name, mimeType: 'application/pdf', sizeBytes: file.sizeBytes },
    source: certificate
      ? {
          kind: certificate.kind,
          issuedOn: certificate.issuedOn,
          // Reuse is judged by content below (domain evidenceReuseProblem), not by this flag.
          isUsedInEarlierPeriod: false,
          uploadedOn: options.uploadedOn,
        }
      : null,
  };
  const result = applyDocumentCommand({
    document: {
      kind: slot.kind,
      state: slot.state,
      rhkCode: slot.kind === 'competency_evidence' ? slot.code : null,
      content: null,
    },
    command: { type: 'save_draft', content },
    role: 'employee',
    ruleSet: scope.ruleSet,
    catalogues: scope.catalogues,
  });
  if (result.ok && !reuse) return;
  const problems = [...(result.ok ? [] : result.problems), ...(reuse ? [reuse] : [])];
  const refusal = result.ok ? reuse! : result;
  const fields = problems.map((problem) => ({
    field: FIELD[problem.code] ?? 'file',
    message: messageFor(problem.code, locale, problem.params),
  }));
  const error = evidenceRefusal(refusal, locale);
  throw new AppError({
    code: error.code,
    status: error.status,
    message: fields.length > 1 ? fields.map((f) => f.message).join(' ') : error.message,
    ...(fields.length > 0 ? { fields } : {}),
  });
}
