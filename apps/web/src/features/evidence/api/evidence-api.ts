import {
  evidenceListResponseSchema,
  evidenceSlotSchema,
  karyaListResponseSchema,
  karyaSchema,
  okResponseSchema,
  rhkOverviewResponseSchema,
  schoolEvidenceResponseSchema,
  type EvidenceCertificate,
  type RhkChangeRequest,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';
import { canResumeUploads, sendPdfInChunks } from '../../../lib/api/chunked-upload';
import { sendRawPdf } from '../../../lib/api/raw-upload';

// The endpoints of apps/server/src/modules/{evidence,bukti-karya,rhk-change} (issue #5).

const slotPath = (planId: string, slotId: string, suffix: string) =>
  `/api/plans/${encodeURIComponent(planId)}/evidence/${encodeURIComponent(slotId)}${suffix}`;

/** GET /api/plans/:id/evidence — slots, history and upload rules. */
export const fetchEvidence = (planId: string) =>
  apiRequest(evidenceListResponseSchema, `/api/plans/${encodeURIComponent(planId)}/evidence`);

/** PUT …/:slotId/file — "Unggah Dokumen" / "Ubah" with the certificate of competency evidence. */
export function uploadEvidence(input: {
  planId: string;
  slotId: string;
  version: number;
  file: File;
  certificate: EvidenceCertificate | null;
  onProgress: (percent: number) => void;
  /** True while a resumable upload waits for the connection to come back. */
  onWaiting?: (waiting: boolean) => void;
}) {
  const query = new URLSearchParams({ version: String(input.version) });
  if (input.certificate) {
    query.set('kind', input.certificate.kind);
    if (input.certificate.issuedOn) query.set('issuedOn', input.certificate.issuedOn);
    if (input.certificate.number) query.set('certificateNumber', input.certificate.number);
    if (input.certificate.title) query.set('certificateTitle', input.certificate.title);
  }
  // Resumable (issue 17) where the browser can hash the file; an empty file goes the plain way so
  // the server's "kosong" message answers it. Plain http on another host (no crypto.subtle) too.
  if (canResumeUploads() && input.file.size > 0) {
    return sendPdfInChunks(evidenceSlotSchema, {
      openUrl: slotPath(input.planId, input.slotId, '/uploads'),
      completeQuery: query,
      file: input.file,
      onProgress: input.onProgress,
      ...(input.onWaiting ? { onWaiting: input.onWaiting } : {}),
    });
  }
  return sendRawPdf(evidenceSlotSchema, {
    method: 'PUT',
    url: `${slotPath(input.planId, input.slotId, '/file')}?${query.toString()}`,
    file: input.file,
    onProgress: input.onProgress,
  });
}

/** PUT …/:slotId/karya — "Ambil Karya". */
export const attachKarya = (
  planId: string,
  slotId: string,
  body: { karyaId: string; certificate?: EvidenceCertificate; version: number },
) => apiRequest(evidenceSlotSchema, slotPath(planId, slotId, '/karya'), { method: 'PUT', body });

/** PUT …/:slotId/draft — "Simpan Draf" of the certificate details. */
export const saveEvidenceDraft = (
  planId: string,
  slotId: string,
  body: { certificate: EvidenceCertificate; version: number },
) => apiRequest(evidenceSlotSchema, slotPath(planId, slotId, '/draft'), { method: 'PUT', body });

/** POST …/:slotId/collect — "Kumpulkan" (final). */
export const collectEvidence = (planId: string, slotId: string, version: number) =>
  apiRequest(evidenceSlotSchema, slotPath(planId, slotId, '/collect'), {
    method: 'POST',
    body: { version },
  });

/** GET /api/schools/:id/evidence — the principal's overview per teacher. */
export const fetchSchoolEvidence = (schoolId: string) =>
  apiRequest(schoolEvidenceResponseSchema, `/api/schools/${encodeURIComponent(schoolId)}/evidence`);

/** GET /api/plans/:id/rhk — current RHKs with marks and every change. */
export const fetchRhk = (planId: string) =>
  apiRequest(rhkOverviewResponseSchema, `/api/plans/${encodeURIComponent(planId)}/rhk`);

/** PUT /api/plans/:id/rhk — "Ubah Rencana Hasil Kerja". */
export const changeRhk = (planId: string, body: RhkChangeRequest) =>
  apiRequest(rhkOverviewResponseSchema, `/api/plans/${encodeURIComponent(planId)}/rhk`, {
    method: 'PUT',
    body,
  });

/** GET /api/bukti-karya — own works and categories. */
export const fetchKarya = () => apiRequest(karyaListResponseSchema, '/api/bukti-karya');

/** POST /api/bukti-karya — adds a work (raw PDF). */
export const uploadKarya = (input: {
  title: string;
  category: string;
  file: File;
  onProgress: (percent: number) => void;
}) =>
  sendRawPdf(karyaSchema, {
    method: 'POST',
    url: `/api/bukti-karya?${new URLSearchParams({ title: input.title, category: input.category }).toString()}`,
    file: input.file,
    onProgress: input.onProgress,
  });

/** DELETE /api/bukti-karya/:id — refused (409 KARYA_IN_USE) while a slot uses it. */
export const deleteKarya = (id: string) =>
  apiRequest(okResponseSchema, `/api/bukti-karya/${encodeURIComponent(id)}`, {
    method: 'DELETE',
  });
