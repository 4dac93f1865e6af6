import {
  messageFor,
  type Actor,
  type Locale,
  type MessageCode,
  type MessageParams,
  type PlanProblem,
  type PolicyAction,
} from '@kinerja/domain';
import { AppError, forbidden, notFound } from '../../lib/app-error.js';
import { hasRoleFor } from '../plan-context/plan-actor.js';
import type { GateRefusal } from './plan-rules.js';

// Domain refusal codes → HTTP status (architecture.md §6): scope and role → 403, the plan's state
// or supervisor → 409, incomplete or mismatching content → 422, bad values → 400.
const STATUS: Partial<Record<MessageCode, number>> = {
  ROLE_NOT_ALLOWED: 403,
  NOT_OWN_RECORD: 403,
  OTHER_SCHOOL: 403,
  OTHER_REGION: 403,
  OTHER_PERIOD: 403,
  WRONG_EMPLOYEE_KIND: 403,
  NOT_TIM_KINERJA: 403,
  NOT_ASSESSOR: 403,
  PLANNING_LOCKED_OUT: 403,
  PERSONAL_DATA_NOT_EDITABLE: 403,
  INVALID_TRANSITION: 409,
  PLAN_APPROVAL_AUTOMATIC: 409,
  SUPERVISOR_NOT_FOUND: 409,
  PLAN_LOCKED_USE_RHK_CHANGE: 409,
  PERSONAL_DATA_ALREADY_EDITED: 409,
  PERSONAL_DATA_FIELD_NOT_EDITABLE: 400,
  PERSONAL_DATA_INVALID_VALUE: 400,
  PERSONAL_DATA_NO_CHANGES: 400,
};

/** A refusal from a domain command or policy. */
export type Refusal = {
  code: MessageCode;
  params?: MessageParams;
  problems?: readonly PlanProblem[];
};

/** The HTTP error of a domain refusal, with plan problems as field errors. */
export function refusalError(refusal: Refusal, locale: Locale): AppError {
  const fields = refusal.problems
    ?.filter((problem) => problem.severity === 'error')
    .map((problem) => ({ field: problem.field, message: problem.message }));
  return new AppError({
    code: refusal.code,
    message: messageFor(refusal.code, locale, refusal.params),
    status: STATUS[refusal.code] ?? 422,
    ...(fields && fields.length > 0 ? { fields } : {}),
  });
}

/** The HTTP error of a server-side gate (planning not open, locked out). */
export const gateError = (gate: GateRefusal): AppError =>
  new AppError({ code: gate.code, message: gate.message, status: gate.status });

/**
 * 404 when the actor holds a role that could see such records elsewhere (existence is private,
 * architecture.md §5), 403 when their roles can never do this.
 */
export function hiddenOrForbidden(actor: Actor, action: PolicyAction): AppError {
  return hasRoleFor(actor, action)
    ? notFound('Perencanaan Kinerja tidak ditemukan.')
    : forbidden('Peran Anda tidak dapat membuka Perencanaan Kinerja ini.');
}

/** Thrown by writes based on a stale version; the route answers 409 with the server copy. */
export class PlanVersionConflict extends AppError {
  readonly planId: string;

  constructor(planId: string) {
    super({
      code: 'PLAN_VERSION_CONFLICT',
      status: 409,
      message:
        'Rencana ini sudah diubah di perangkat atau tab lain. Periksa versi terbaru di bawah; isian Anda belum tersimpan dan masih dapat disalin.',
    });
    this.planId = planId;
  }
}
