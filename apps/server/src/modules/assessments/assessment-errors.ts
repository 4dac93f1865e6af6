import type { Locale, MessageCode, MessageParams } from '@kinerja/domain';
import { AppError } from '../../lib/app-error.js';
import { refusalError } from '../plans/plan-errors.js';

/** The HTTP error of an assessment refusal (status from the one refusal table). */
export function assessmentRefusal(
  refusal: { code: MessageCode; params?: MessageParams },
  locale: Locale,
): AppError {
  return refusalError(refusal, locale);
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
