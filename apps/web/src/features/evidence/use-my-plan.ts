import type { EmployeeKind, MeResponse } from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../lib/api/describe-error';
import { useI18n } from '../../lib/i18n/i18n';
import { fetchMyPlan } from '../../lib/plans/plans-api';

/** Whose evidence the active role collects: a teacher's, or the principal's own. */
export function employeeKindOf(me: MeResponse): EmployeeKind | null {
  if (me.activeRole === 'teacher') return 'teacher';
  if (me.activeRole === 'principal_employee') return 'principal';
  return null;
}

/** Loading state of a page built on the employee's approved plan. */
export type MyPlanLoad<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'no-plan' }
  | { status: 'ready'; planId: string; data: T };

/** Loads the caller's approved plan (GET /api/plans/mine), then `load(planId)`. */
export function useMyPlan<T>(kind: EmployeeKind, load: (planId: string) => Promise<T>) {
  const { t } = useI18n();
  const [state, setState] = useState<MyPlanLoad<T>>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      const mine = await fetchMyPlan(kind);
      if (!mine.plan || mine.plan.status !== 'approved') {
        setState({ status: 'no-plan' });
        return;
      }
      const planId = mine.plan.id;
      setState({ status: 'ready', planId, data: await load(planId) });
    } catch (error) {
      setState({ status: 'error', message: describeError(error, t) });
    }
  }, [kind, load, t]);
  useEffect(() => void reload(), [reload]);
  return { state, setState, reload };
}
