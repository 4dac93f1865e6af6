import type { MyAssessmentsResponse } from '@kinerja/contract';
import type { Locale } from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import { loadAssessmentScope } from './assessment-scope.js';
import { presentScope } from './read-assessment.js';

/** The signed-in person's final assessments, newest period first (domain.md §3.9). */
export async function readMyAssessments(
  ctx: AppContext,
  input: { personId: string; periodId?: string | undefined; locale: Locale },
): Promise<MyAssessmentsResponse> {
  let query = ctx.db
    .selectFrom('assessments as a')
    .innerJoin('periods as pr', 'pr.id', 'a.periodId')
    .select(['a.planId', 'a.document'])
    .where('a.employeeId', '=', input.personId)
    .where('a.state', '=', 'final');
  if (input.periodId) query = query.where('a.periodId', '=', input.periodId);
  const rows = await query.orderBy('pr.sortOrder', 'desc').orderBy('a.createdAt').execute();
  const assessments = [];
  for (const row of rows) {
    const scope = await loadAssessmentScope(ctx.db, {
      ...row,
      personId: input.personId,
      now: ctx.clock(),
      locale: input.locale,
    });
    assessments.push(await presentScope(ctx, scope, input.locale));
  }
  return { assessments };
}
