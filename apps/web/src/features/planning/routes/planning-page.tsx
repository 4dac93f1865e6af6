import type { EmployeeKind, MeResponse, MyPlanResponse, Plan } from '@kinerja/contract';
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchMyPlan } from '../../../lib/plans/plans-api';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { PlanFlow } from '../components/plan-flow';
import { StartPlan } from '../components/start-plan';
import '../planning.css';

/** Whose plan the active role fills in: a teacher's, or the principal's own (domain.md §1.3, §3.8). */
export function employeeKindOf(me: MeResponse): EmployeeKind | null {
  if (me.activeRole === 'teacher') return 'teacher';
  if (me.activeRole === 'principal_employee') return 'principal';
  return null;
}

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; mine: MyPlanResponse };

function PlanningContent({ kind }: { kind: EmployeeKind }) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  const reload = useCallback(async () => {
    setLoad({ status: 'loading' });
    try {
      setLoad({ status: 'ready', mine: await fetchMyPlan(kind) });
    } catch (error) {
      setLoad({ status: 'error', message: describeError(error, t) });
    }
  }, [kind, t]);
  useEffect(() => void reload(), [reload]);

  const setPlan = useCallback((plan: Plan) => {
    setLoad((current) =>
      current.status === 'ready'
        ? { status: 'ready', mine: { ...current.mine, plan, status: plan.status } }
        : current,
    );
  }, []);

  if (load.status === 'loading') return <Loading label={t('common.loading')} />;
  if (load.status === 'error') {
    return (
      <>
        <p role="alert" className="alert alert-error">
          {load.message}
        </p>
        <button type="button" className="btn btn-primary" onClick={() => void reload()}>
          {t('common.retry')}
        </button>
      </>
    );
  }
  const { mine } = load;
  if (!mine.plan) return <StartPlan mine={mine} kind={kind} onStarted={setPlan} />;
  return <PlanFlow key={mine.plan.id} plan={mine.plan} onPlanChange={setPlan} />;
}

/** /rencana — "Perencanaan Kinerja": the employee's own plan for the active period (issue #4). */
export function PlanningPage() {
  const { t } = useI18n();
  const me = useMe();
  const kind = employeeKindOf(me);
  return (
    <Page title={t('planning.title')} wide>
      {kind ? (
        // "Ganti periode" changes the session's period: start over with that period's plan.
        <PlanningContent key={`${kind}-${me.activePeriod.id}`} kind={kind} />
      ) : (
        <p className="alert alert-info">{t('planning.wrongRole')}</p>
      )}
    </Page>
  );
}
