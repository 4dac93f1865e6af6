import type { Plan, PlanOptionsResponse, PracticeOptionsResponse } from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../lib/api/describe-error';
import { useI18n } from '../../lib/i18n/i18n';
import { fetchPlan, fetchPlanOptions, fetchPracticeOptions } from '../../lib/plans/plans-api';

/** The plan under review and the catalogues that name its choices (null while missing). */
export function useReviewPlan(planId: string, onPlan: (plan: Plan) => void) {
  const { t } = useI18n();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [options, setOptions] = useState<PlanOptionsResponse | null>(null);
  const [practice, setPractice] = useState<PracticeOptionsResponse | null>(null);

  /** Shows a newer copy of the plan (after a write, a conflict or a reload). */
  const adopt = useCallback(
    (next: Plan) => {
      setPlan(next);
      onPlan(next);
    },
    [onPlan],
  );

  useEffect(() => {
    let isCurrent = true;
    setPlan(null);
    setError(null);
    fetchPlan(planId).then(
      (next) => isCurrent && adopt(next),
      (caught: unknown) => isCurrent && setError(describeError(caught, t)),
    );
    // Names only: without them the summary falls back to the codes.
    fetchPlanOptions(planId).then(
      (next) => isCurrent && setOptions(next),
      () => undefined,
    );
    fetchPracticeOptions(planId).then(
      (next) => isCurrent && setPractice(next),
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [planId, adopt, t]);

  /** Reads the plan again, e.g. after a decision made elsewhere; keeps the page if it fails. */
  const reload = useCallback(async () => {
    try {
      adopt(await fetchPlan(planId));
    } catch {
      // The error already shown explains the situation; the old copy stays visible.
    }
  }, [planId, adopt]);

  return { plan, error, options, practice, adopt, reload };
}
