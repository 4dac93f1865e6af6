import { ApiError } from '../../../lib/api/client';
import { describeError } from '../../../lib/api/describe-error';
import type { MessageKey } from '../../../lib/i18n/messages-id';

/** A refused change as the form shows it: the server's own words, and the duty each one is about. */
export type RhkChangeErrors = { general: string | null; byDuty: Record<string, string> };

const DUTY_FIELD = /^additionalDuties\[(\d+)\]/;

/**
 * The server names the field and the duty ("Isi nomor SK / Surat Tugas untuk tugas tambahan …");
 * the page has no tabs, so those messages are shown as they are, each also next to its duty's SK
 * field, instead of the planning editor's "Periksa kembali setiap tab" (issue 14 item 6).
 */
export function rhkChangeErrorsOf(
  error: unknown,
  submittedDutyCodes: readonly string[],
  t: (key: MessageKey) => string,
): RhkChangeErrors {
  if (!(error instanceof ApiError) || Object.keys(error.fields).length === 0) {
    return { general: describeError(error, t), byDuty: {} };
  }
  const byDuty: Record<string, string> = {};
  for (const [field, message] of Object.entries(error.fields)) {
    const index = DUTY_FIELD.exec(field)?.[1];
    const code = index === undefined ? undefined : submittedDutyCodes[Number(index)];
    if (code) byDuty[code] = message;
  }
  return { general: Object.values(error.fields).join(' '), byDuty };
}
