import type { EvaluationDocument, Locale } from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { recommendedText } from './assessment-notifications.js';
import { auditAssessment, runAssessmentWrite } from './assessment-transaction.js';
import { insertRecommendation } from './assessments.repository.js';

/** A Tim Kinerja member's recommendation. */
export type RecommendInput = {
  planId: string;
  personId: string;
  document?: EvaluationDocument | undefined;
  text: string;
  locale: Locale;
  requestId: string;
};

/**
 * A Tim Kinerja member (the pengawas for a principal, plotted members for anyone) recommends to the
 * assessor, from the plan's approval until the assessment is set; the assessor is told (domain.md
 * §1.1, §3.9). Recommendations never bump the assessor's draft version.
 */
export async function addRecommendation(ctx: AppContext, input: RecommendInput) {
  const command = {
    type: 'recommend',
    recommendation: { authorId: input.personId, text: input.text },
  } as const;
  const write = {
    ...input,
    action: 'assessment.recommend',
    role: 'tim_kinerja',
    command,
    isWindowRequired: false,
  } as const;
  return runAssessmentWrite(ctx, write, async ({ trx, scope, row, now }) => {
    const { plan } = scope;
    const id = await insertRecommendation(trx, {
      assessmentId: row.id,
      provinceCode: plan.row.provinceCode,
      authorId: input.personId,
      text: input.text,
      now,
    });
    const author = await trx
      .selectFrom('people')
      .select('name')
      .where('id', '=', input.personId)
      .executeTakeFirstOrThrow();
    if (plan.resolution.approval !== 'blocked') {
      await insertNotification(trx, {
        createdAt: now,
        ...recommendedText({
          authorName: author.name,
          employeeName: plan.employee.employeeName,
          documentLabel: scope.document.label.id,
          isTimKinerja: plan.ruleSet.timKinerja.isPlotted,
        }),
        recipientId: plan.resolution.assessorId,
        planId: plan.row.id,
        periodId: plan.row.periodId,
      });
    }
    const after = { recommendationId: id };
    const audit = { row, actorId: input.personId, action: 'assessment.recommend', after };
    await auditAssessment(trx, { ...audit, requestId: input.requestId, now });
    return { document: scope.document.document };
  });
}
