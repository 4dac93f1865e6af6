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
import { refusalStatus } from '../../lib/refusal-status.js';
import { hasRoleFor } from '../plan-context/plan-actor.js';
import type { GateRefusal } from './plan-rules.js';

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
    status: refusalStatus(refusal.code),
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
