/** The school's assessment list of Kepala Sekolah sebagai Atasan. */
export const ASSESSMENT_LIST_PATH = '/penilaian';

/** The assessor's page of one plan. */
export const assessPath = (planId: string) => `/penilaian/${encodeURIComponent(planId)}`;

/** The Dinas's list of its principals' assessments. */
export const PRINCIPAL_ASSESSMENT_LIST_PATH = '/penilaian/kepala-sekolah';

/** Where "Kembali ke daftar" of the assessor's page leads for the active role. */
export function assessmentListPath(activeRole: string | null): string {
  if (activeRole === 'dinas_official') return PRINCIPAL_ASSESSMENT_LIST_PATH;
  // The pengawas reaches a principal's assessment from their Pelaksanaan list (recommendations).
  if (activeRole === 'pengawas') return '/periksa/pelaksanaan';
  return ASSESSMENT_LIST_PATH;
}
