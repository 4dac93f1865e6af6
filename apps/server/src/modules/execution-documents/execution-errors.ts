import {
  formatLongDate,
  messageFor,
  type Locale,
  type MessageCode,
  type MessageParams,
} from '@kinerja/domain';
import { AppError } from '../../lib/app-error.js';
import { refusalStatus } from '../../lib/refusal-status.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Dates in messages as the guides write them ("31 Januari 2026") in Indonesian. */
function localParams(params: MessageParams, locale: Locale): MessageParams {
  if (locale === 'en') return params;
  const entries = Object.entries(params).map(([key, value]) => [
    key,
    typeof value === 'string' && ISO_DATE.test(value) ? formatLongDate(value) : value,
  ]);
  return Object.fromEntries(entries) as MessageParams;
}

/** A refusal from a domain rule, with the fields it names. */
export type ExecutionRefusal = {
  code: MessageCode;
  params?: MessageParams;
  problems?: ReadonlyArray<{ code: MessageCode; params: MessageParams; field?: string }>;
};

/** The HTTP error of a Pelaksanaan refusal; content problems become field errors (422). */
export function executionError(refusal: ExecutionRefusal, locale: Locale): AppError {
  const fields = (refusal.problems ?? []).map((problem) => ({
    field: problem.field ?? '(isi)',
    message: messageFor(problem.code, locale, localParams(problem.params, locale)),
  }));
  return new AppError({
    code: refusal.code,
    message: messageFor(refusal.code, locale, localParams(refusal.params ?? {}, locale)),
    status: refusalStatus(refusal.code),
    ...(fields.length > 0 ? { fields } : {}),
  });
}

/** Thrown by a write based on a stale version; the route answers 409 with the server copy. */
export class StaleWriteError extends AppError {
  readonly planId: string;

  constructor(options: { code: string; planId: string; message: string }) {
    super({ code: options.code, status: 409, message: options.message });
    this.planId = options.planId;
  }
}
