import type { BulkApprovePlansResponse } from '@kinerja/contract';
import type { Locale } from '@kinerja/domain';
import { AppError } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { approvePlan } from './approve-plan.js';
import { statusLabel } from './plan-text.js';

/**
 * Approves several plans of one school without remarks: each plan in its own transaction
 * (all-or-nothing per plan), with a result per plan so the list can show what failed and why.
 */
export async function approvePlansInBulk(
  ctx: AppContext,
  input: {
    schoolId: string;
    planIds: string[];
    personId: string;
    requestId: string;
    locale: Locale;
  },
): Promise<BulkApprovePlansResponse> {
  const results: BulkApprovePlansResponse['results'] = [];
  for (const planId of [...new Set(input.planIds)]) {
    try {
      const status = await approvePlan(ctx, { ...input, planId });
      results.push({
        planId,
        ok: true,
        status,
        code: null,
        message: statusLabel(status, input.locale),
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ planId, ok: false, status: null, code: error.code, message: error.message });
    }
  }
  return { approvedCount: results.filter((result) => result.ok).length, results };
}
