import type { Plan } from '@kinerja/contract';
import type { Locale } from '@kinerja/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionRow } from '../auth/sessions.repository.js';
import { invalidField } from '../../lib/app-error.js';
import { requestLocale } from '../../lib/locale.js';
import { requireSession } from '../../plugins/session.js';
import type { AppContext } from '../../lib/context.js';
import { resolveActivePeriod } from '../me/active-choice.js';
import { findPeriod, type PeriodRow } from '../periods/periods.repository.js';
import { readPlanChanges } from './plan-changes.js';
import { PlanVersionConflict } from './plan-errors.js';
import {
  knownPartsOf,
  loadPlanScope,
  type KnownScopeParts,
  type PlanScope,
} from '../plan-context/plan-scope.js';
import { presentPlan } from './plans.presenter.js';

/** Presents a loaded plan scope, with "Apa yang berubah" when the reader may see the history. */
async function presentScope(ctx: AppContext, scope: PlanScope, locale: Locale): Promise<Plan> {
  const plan = presentPlan(scope, locale);
  const changes = await readPlanChanges(ctx.db, scope, {
    locale,
    canViewHistory: plan.abilities.canViewHistory,
  });
  return { ...plan, changes };
}

/** Reads and presents one plan for a person (404/403 when they may not see it). */
export async function readPlan(
  ctx: AppContext,
  input: { planId: string; personId: string; locale: Locale; known?: KnownScopeParts | undefined },
): Promise<Plan> {
  const scope = await loadPlanScope(ctx.db, { ...input, now: ctx.clock() });
  return presentScope(ctx, scope, input.locale);
}

/** The period asked for (400 when unknown), or the session's active period. */
export async function requestedPeriod(
  ctx: AppContext,
  session: SessionRow,
  periodId: string | undefined,
): Promise<PeriodRow> {
  if (periodId === undefined)
    return (await resolveActivePeriod(ctx.db, session, ctx.clock())).period;
  const period = await findPeriod(ctx.db, periodId);
  if (!period) {
    throw invalidField(
      'periodId',
      `periode "${periodId}" tidak ada; pilih salah satu dari daftar periode`,
    );
  }
  return period;
}

/** Answers a stale write with 409 and the server copy, so the SPA keeps what was typed. */
export async function answerConflict(
  ctx: AppContext,
  options: {
    error: unknown;
    request: FastifyRequest;
    reply: FastifyReply;
    personId: string;
    locale: Locale;
  },
): Promise<FastifyReply> {
  const { error, request, reply } = options;
  if (!(error instanceof PlanVersionConflict)) throw error;
  const current = await readPlan(ctx, {
    planId: error.planId,
    personId: options.personId,
    locale: options.locale,
  });
  return reply.code(409).send({
    error: { code: error.code, message: error.message, requestId: request.id, current },
  });
}

/** Who writes which plan, as every plan write use case receives it. */
export type PlanWriteInput = {
  planId: string;
  personId: string;
  locale: Locale;
  requestId: string;
  /** Told the scope the write loaded, when the route answers from it (writeThenReadPlan). */
  onScope?: ((scope: PlanScope) => void) | undefined;
  /** Told the plan as the write left it, when the write knows it whole: no reload (issue 15). */
  onWritten?: ((scope: PlanScope) => void) | undefined;
};

/**
 * The shape of every plan write route: the signed-in person runs `write` on plan `planId`, then gets
 * the plan as they now see it; a stale version answers 409 with the server copy (answerConflict).
 */
export async function writeThenReadPlan(
  ctx: AppContext,
  http: {
    request: FastifyRequest;
    reply: FastifyReply;
    planId: string;
    /**
     * The write changes only plan rows (its own, its versions, audit, notifications): the answer
     * rereads the plan row but keeps the actor and employee context the write loaded (issue 15).
     */
    writesPlanOnly?: boolean;
  },
  write: (input: PlanWriteInput) => Promise<unknown>,
): Promise<Plan | FastifyReply> {
  const { request, reply } = http;
  const session = requireSession(request);
  const common = {
    planId: http.planId,
    personId: session.personId,
    locale: requestLocale(request),
  };
  let known: KnownScopeParts | undefined;
  let written: PlanScope | undefined;
  const onScope = http.writesPlanOnly
    ? (scope: PlanScope) => (known = knownPartsOf(scope))
    : undefined;
  const onWritten = (scope: PlanScope) => (written = scope);
  try {
    await write({ ...common, requestId: request.id, onScope, onWritten });
  } catch (error) {
    return answerConflict(ctx, { error, request, reply, ...common });
  }
  if (written) return presentScope(ctx, written, common.locale);
  return readPlan(ctx, { ...common, known });
}
