import {
  assessmentPageSchema,
  issuedDocumentVersionSchema,
  myAssessmentsResponseSchema,
  schoolAssessmentsResponseSchema,
  type AssessmentPage,
  type EvaluationDocumentDto,
  type IssuedDocumentVersion,
  type SaveAssessmentRequest,
} from '@kinerja/contract';
import { apiRequest, ApiError } from '../../../lib/api/client';

const query = (params: Record<string, string | null | undefined>): string => {
  const entries = Object.entries(params).filter((entry): entry is [string, string] =>
    Boolean(entry[1]),
  );
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
};

const planPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/assessment`;

/** GET /api/plans/:id/assessment — the assessor's page of one plan and evaluation document. */
export function fetchAssessmentPage(
  planId: string,
  document: EvaluationDocumentDto | null,
): Promise<AssessmentPage> {
  return apiRequest(assessmentPageSchema, `${planPath(planId)}${query({ document })}`);
}

/** PUT /api/plans/:id/assessment — "Simpan" the draft; answers the page as it now is. */
export function saveAssessment(
  planId: string,
  body: SaveAssessmentRequest,
): Promise<AssessmentPage> {
  return apiRequest(assessmentPageSchema, planPath(planId), { method: 'PUT', body });
}

/** POST /api/assessments/:id/finalize — "Tetapkan" after the confirmation (final afterwards). */
export function finalizeAssessment(assessmentId: string, version: number): Promise<AssessmentPage> {
  return apiRequest(
    assessmentPageSchema,
    `/api/assessments/${encodeURIComponent(assessmentId)}/finalize`,
    { method: 'POST', body: { version, isConfirmed: true } },
  );
}

/** POST /api/plans/:id/assessment/recommendations — a Tim Kinerja recommendation. */
export function addRecommendation(
  planId: string,
  input: { document: EvaluationDocumentDto; text: string },
): Promise<AssessmentPage> {
  return apiRequest(assessmentPageSchema, `${planPath(planId)}/recommendations`, {
    method: 'POST',
    body: input,
  });
}

/** GET /api/assessments/mine — the signed-in person's final assessments. */
export function fetchMyAssessments() {
  return apiRequest(myAssessmentsResponseSchema, '/api/assessments/mine');
}

/** GET /api/schools/:id/assessments — the school's employees and their assessment. */
export function fetchSchoolAssessments(schoolId: string) {
  return apiRequest(
    schoolAssessmentsResponseSchema,
    `/api/schools/${encodeURIComponent(schoolId)}/assessments`,
  );
}

/** The PDF of one final assessment ("Unduh Dokumen Evaluasi Kinerja"). */
export const assessmentPdfUrl = (assessmentId: string) =>
  `/api/assessments/${encodeURIComponent(assessmentId)}/pdf`;

/** The school's documents of a period as one ZIP ("Unduh semua (ZIP)"). */
export const schoolZipUrl = (schoolId: string, periodId: string) =>
  `/api/schools/${encodeURIComponent(schoolId)}/assessments/documents.zip${query({ periodId })}`;

/** The current page a 409 carries (someone else wrote meanwhile), or null for other errors. */
export function conflictPage(error: unknown): AssessmentPage | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = (error.details as { current?: unknown } | undefined)?.current;
  const parsed = assessmentPageSchema.safeParse(current);
  return parsed.success ? parsed.data : null;
}

/** Every set document of a Dinas region and period as one ZIP (the Dinas's "Unduh … (ZIP)"). */
export const dinasZipUrl = (dinasId: string, periodId: string) =>
  `/api/dinas/${encodeURIComponent(dinasId)}/assessments/documents.zip${query({ periodId })}`;

/** POST /api/assessments/:id/document-versions — "Terbitkan versi baru" after the confirmation. */
export function reissueDocument(assessmentId: string): Promise<IssuedDocumentVersion> {
  return apiRequest(
    issuedDocumentVersionSchema,
    `/api/assessments/${encodeURIComponent(assessmentId)}/document-versions`,
    { method: 'POST', body: { isConfirmed: true } },
  );
}
