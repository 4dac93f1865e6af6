/** The school's assessment list of Kepala Sekolah sebagai Atasan. */
export const ASSESSMENT_LIST_PATH = '/penilaian';

/** The assessor's page of one plan. */
export const assessPath = (planId: string) => `/penilaian/${encodeURIComponent(planId)}`;
