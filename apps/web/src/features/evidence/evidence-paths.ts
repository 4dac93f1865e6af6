/** "Kumpulkan Bukti Dukung" of the signed-in employee (2024). */
export const EVIDENCE_PATH = '/pelaksanaan/bukti';
/** "Ubah Rencana Hasil Kerja" of the signed-in employee (2024). */
export const RHK_CHANGE_PATH = '/pelaksanaan/ubah-rhk';
/** The employee's Bukti Karya. */
export const KARYA_PATH = '/bukti-karya';
/** The principal's overview of the teachers' evidence. */
export const EVIDENCE_REVIEW_PATH = '/periksa/bukti';
/** One teacher's evidence and RHK changes, read-only, for the principal. */
export const evidenceReviewPath = (planId: string) =>
  `${EVIDENCE_REVIEW_PATH}/${encodeURIComponent(planId)}`;
