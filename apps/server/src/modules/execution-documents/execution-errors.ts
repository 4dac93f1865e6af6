import {
  formatLongDate,
  messageFor,
  type Locale,
  type MessageCode,
  type MessageParams,
} from '@kinerja/domain';
import { AppError } from '../../lib/app-error.js';

// Refusal codes of Pelaksanaan → HTTP status (architecture.md §6): role and scope → 403, a closed
// window → 403 (as for planning), the plan's or step's state → 409, incomplete content → 422.
const STATUS: Partial<Record<MessageCode, number>> = {
  ROLE_NOT_ALLOWED: 403,
  NOT_OWN_RECORD: 403,
  OTHER_SCHOOL: 403,
  OTHER_REGION: 403,
  OTHER_PERIOD: 403,
  WRONG_EMPLOYEE_KIND: 403,
  NOT_TIM_KINERJA: 403,
  NOT_ASSESSOR: 403,
  EXECUTION_NOT_OPEN: 403,
  EXECUTION_CLOSED: 403,
  PLAN_NOT_APPROVED: 409,
  SUPERVISOR_NOT_FOUND: 409,
  PRACTICE_OBSERVER_NOT_FOUND: 409,
  DOCUMENT_LOCKED: 409,
  DOCUMENT_KIND_NOT_IN_PERIOD: 409,
  DOCUMENT_ACTION_NOT_FOR_KIND: 409,
  ACCOUNTABILITY_NOT_SENT: 409,
  ACCOUNTABILITY_ALREADY_CONFIRMED: 409,
  PRACTICE_STEP_NOT_REACHED: 409,
  PRACTICE_STEP_FINISHED: 409,
  PRACTICE_MODUL_AJAR_NOT_FOR_KIND: 409,
  PRACTICE_STEP_OUT_OF_ORDER: 409,
  PRACTICE_CYCLE_COMPLETED: 409,
  PRACTICE_ALREADY_ACKNOWLEDGED: 409,
  PRACTICE_REFLECTION_SUBMITTED: 409,
};

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
    status: STATUS[refusal.code] ?? 422,
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
