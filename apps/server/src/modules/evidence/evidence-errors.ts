import { messageFor, type Locale, type MessageCode, type MessageParams } from '@kinerja/domain';
import { AppError } from '../../lib/app-error.js';
import { refusalStatus } from '../../lib/refusal-status.js';

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
    status: refusalStatus(refusal.code),
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
