import { messageFor, type Locale, type MessageCode, type MessageParams } from '@kinerja/domain';
import { AppError } from '../../lib/app-error.js';
import { refusalError } from '../plans/plan-errors.js';

// Assessment refusals → HTTP status (architecture.md §6): a final assessment or a plan that is not
// agreed → 409, a closed window → 403 (like the planning gates), missing ratings → 422.
const STATUS: Partial<Record<MessageCode, number>> = {
  ASSESSMENT_FINAL: 409,
  ASSESSMENT_PLAN_NOT_APPROVED: 409,
  ASSESSMENT_NEEDS_EARLIER_FINAL: 409,
  ASSESSMENT_NOT_OPEN: 403,
  ASSESSMENT_CLOSED: 403,
  ASSESSMENT_RATINGS_REQUIRED: 422,
  RECOMMENDATION_EMPTY: 400,
};

/** The HTTP error of an assessment refusal (scope codes fall back to the plan table: 403). */
export function assessmentRefusal(
  refusal: { code: MessageCode; params?: MessageParams },
  locale: Locale,
): AppError {
  const status = STATUS[refusal.code];
  if (status === undefined) return refusalError(refusal, locale);
  return new AppError({
    code: refusal.code,
    message: messageFor(refusal.code, locale, refusal.params),
    status,
  });
}

/** Thrown by writes based on a stale version; the route answers 409 with the current page. */
export class AssessmentVersionConflict extends AppError {
  readonly planId: string;

  constructor(planId: string) {
    super({
      code: 'ASSESSMENT_VERSION_CONFLICT',
      status: 409,
      message:
        'Penilaian ini sudah diubah di perangkat atau tab lain. Periksa versi terbaru di bawah; isian Anda belum tersimpan dan masih dapat disalin.',
    });
    this.planId = planId;
  }
}

/** 409: a document is only printed once the assessment is set ("Tetapkan"). */
export const notFinalError = (): AppError =>
  new AppError({
    code: 'ASSESSMENT_NOT_FINAL',
    status: 409,
    message:
      'Dokumen Evaluasi Kinerja Pegawai baru tersedia setelah penilaian ditetapkan oleh Pejabat Penilai Kinerja.',
  });
