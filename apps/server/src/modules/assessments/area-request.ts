import type { PolicyAction } from '@kinerja/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../lib/context.js';
import { requireSession } from '../../plugins/session.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { requestedPeriod } from '../plans/read-plan.js';
import type { DinasFacts, SchoolFacts } from '../plans/plan-lists.repository.js';
import { requireDinasAccess, requireSchoolAccess } from './area-access.js';

/** A GET on `/…/:id/…?periodId=`: the area's id and the period asked for (default: the active one). */
type AreaRequest = FastifyRequest<{
  Params: { id: string };
  Querystring: { periodId?: string | undefined };
}>;

/** The school of `/api/schools/:id/…` in the requested period, once the caller may do `action` there. */
export async function schoolOfRequest(
  ctx: AppContext,
  request: AreaRequest,
  action: PolicyAction,
): Promise<{ period: PeriodRow; school: SchoolFacts }> {
  const session = requireSession(request);
  const period = await requestedPeriod(ctx, session, request.query.periodId);
  const { school } = await requireSchoolAccess(ctx.db, {
    personId: session.personId,
    schoolId: request.params.id,
    periodId: period.id,
    action,
  });
  return { period, school };
}

/** The Dinas office of `/api/dinas/:id/…` in the requested period, once the caller may do `action` there. */
export async function dinasOfRequest(
  ctx: AppContext,
  request: AreaRequest,
  action: PolicyAction,
): Promise<{ period: PeriodRow; dinas: DinasFacts }> {
  const session = requireSession(request);
  const period = await requestedPeriod(ctx, session, request.query.periodId);
  const { dinas } = await requireDinasAccess(ctx.db, {
    personId: session.personId,
    dinasId: request.params.id,
    periodId: period.id,
    action,
  });
  return { period, dinas };
}
