import {
  executionOverviewSchema,
  pengawasExecutionListResponseSchema,
  schoolExecutionListResponseSchema,
  writtenDocumentSchema,
  type WrittenDocument,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

// Pelaksanaan Kinerja endpoints (apps/server/src/modules/execution-documents/*.routes.ts):
// the overview, the 2025+ documents and the supervisors' lists (issue #5 items 3 and 6).

/** The path segment of each written document. */
export const DOCUMENT_PATHS = {
  competency_reflection: 'competency-reflection',
  main_duties_checklist: 'main-duties-checklist',
} as const;

const planPath = (planId: string, suffix: string) =>
  `/api/plans/${encodeURIComponent(planId)}${suffix}`;

const documentPath = (planId: string, kind: WrittenDocument['kind'], suffix = '') =>
  planPath(planId, `/documents/${DOCUMENT_PATHS[kind]}${suffix}`);

/** GET /api/plans/:id/execution — gate, atasan, documents and the cycle's step. */
export const fetchExecution = (planId: string) =>
  apiRequest(executionOverviewSchema, planPath(planId, '/execution'));

/** GET /api/plans/:id/documents/:kind */
export const fetchDocument = (planId: string, kind: WrittenDocument['kind']) =>
  apiRequest(writtenDocumentSchema, documentPath(planId, kind));

/** PUT …/competency-reflection — "Simpan Draf" of the refleksi hasil belajar (domain.md §3.6). */
export const saveReflectionDocument = (
  doc: Pick<WrittenDocument, 'planId' | 'version'>,
  text: string,
) =>
  apiRequest(writtenDocumentSchema, documentPath(doc.planId, 'competency_reflection'), {
    method: 'PUT',
    body: { version: doc.version, text },
  });

/** PUT …/main-duties-checklist — "Simpan Draf" of the ticked duties (domain.md §3.6). */
export const saveChecklistDocument = (
  doc: Pick<WrittenDocument, 'planId' | 'version'>,
  completedDutyCodes: string[],
) =>
  apiRequest(writtenDocumentSchema, documentPath(doc.planId, 'main_duties_checklist'), {
    method: 'PUT',
    body: { version: doc.version, completedDutyCodes },
  });

/** POST …/send — "Kirim ke Atasan"; the document cannot be changed afterwards. */
export const sendDocument = (doc: Pick<WrittenDocument, 'planId' | 'version' | 'kind'>) =>
  apiRequest(writtenDocumentSchema, documentPath(doc.planId, doc.kind, '/send'), {
    method: 'POST',
    body: { version: doc.version },
  });

/** POST …/main-duties-checklist/confirm — the atasan confirms the dokumen akuntabilitas. */
export const confirmAccountability = (planId: string, note: string) =>
  apiRequest(writtenDocumentSchema, documentPath(planId, 'main_duties_checklist', '/confirm'), {
    method: 'POST',
    body: note.trim() ? { note: note.trim() } : {},
  });

/** The server's copy carried by a 409 DOCUMENT_VERSION_CONFLICT, or null for any other error. */
export function documentConflictCopy(error: unknown): WrittenDocument | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, details } = error as { code?: string; details?: unknown };
  if (code !== 'DOCUMENT_VERSION_CONFLICT') return null;
  const parsed = writtenDocumentSchema.safeParse((details as { current?: unknown })?.current);
  return parsed.success ? parsed.data : null;
}

const periodQuery = (periodId?: string) =>
  periodId ? `?periodId=${encodeURIComponent(periodId)}` : '';

/** GET /api/schools/:id/execution — every teacher of the school (Kepala Sekolah sebagai Atasan). */
export const fetchSchoolExecution = (schoolId: string, periodId?: string) =>
  apiRequest(
    schoolExecutionListResponseSchema,
    `/api/schools/${encodeURIComponent(schoolId)}/execution${periodQuery(periodId)}`,
  );

/** GET /api/pengawas/execution — the principals of the pengawas's binaan schools. */
export const fetchPengawasExecution = (periodId?: string) =>
  apiRequest(
    pengawasExecutionListResponseSchema,
    `/api/pengawas/execution${periodQuery(periodId)}`,
  );
