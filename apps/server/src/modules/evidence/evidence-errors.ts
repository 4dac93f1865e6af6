import { messageFor, type Locale, type MessageCode, type MessageParams } from '@kinerja/domain';
import { AppError } from '../../lib/app-error.js';

// Evidence refusals → HTTP status (architecture.md §6): role/scope and closed windows → 403, the
// slot's or plan's state → 409, the file or certificate → 422, misplaced fields → 400.
const STATUS: Partial<Record<MessageCode, number>> = {
  ROLE_NOT_ALLOWED: 403,
  NOT_OWN_RECORD: 403,
  WRONG_EMPLOYEE_KIND: 403,
  OTHER_SCHOOL: 403,
  OTHER_PERIOD: 403,
  NOT_TIM_KINERJA: 403,
  OTHER_REGION: 403,
  NOT_ASSESSOR: 403,
  EXECUTION_NOT_OPEN: 403,
  EXECUTION_CLOSED: 403,
  EVIDENCE_UPLOAD_NOT_ALLOWED: 403,
  PLAN_NOT_APPROVED: 409,
  DOCUMENT_LOCKED: 409,
  DOCUMENT_EMPTY: 409,
  EVIDENCE_SLOT_SUPERSEDED: 409,
  EVIDENCE_SOURCE_NOT_FOR_DUTY: 400,
  EVIDENCE_KARYA_NOT_FOR_DUTY: 400,
};

/** The HTTP error of a domain refusal about evidence, in the request's language. */
export function evidenceRefusal(
  refusal: { code: MessageCode; params?: MessageParams; problems?: readonly unknown[] },
  locale: Locale,
  field?: string,
): AppError {
  const message = messageFor(refusal.code, locale, refusal.params);
  return new AppError({
    code: refusal.code,
    message,
    status: STATUS[refusal.code] ?? 422,
    ...(field ? { fields: [{ field, message }] } : {}),
  });
}

/** 409 when a write was based on an older version of the slot (another tab or device). */
export const slotVersionConflict = (locale: Locale): AppError =>
  new AppError({
    code: 'EVIDENCE_VERSION_CONFLICT',
    status: 409,
    message:
      locale === 'en'
        ? 'This evidence was changed in another tab or device; reload to see the latest version.'
        : 'Bukti dukung ini sudah diubah di tab atau perangkat lain; muat ulang untuk melihat versi terbaru.',
  });
