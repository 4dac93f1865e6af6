import type { Plan } from '@kinerja/contract';
import type { Locale } from '@kinerja/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionRow } from '../auth/sessions.repository.js';
import { invalidField } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { resolveActivePeriod } from '../me/active-choice.js';
import { findPeriod, type PeriodRow } from '../periods/periods.repository.js';
import { PlanVersionConflict } from './plan-errors.js';
import { loadPlanScope } from './plan-scope.js';
import { presentPlan } from './plans.presenter.js';

/** Reads and presents one plan for a person (404/403 when they may not see it). */
export async function readPlan(
  ctx: AppContext,
  input: { planId: string; personId: string; locale: Locale },
): Promise<Plan> {
  const scope = await loadPlanScope(ctx.db, { ...input, now: ctx.clock() });
  return presentPlan(scope, input.locale);
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
