import type { PracticeCycle } from '@kinerja/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Link, useRouteParam } from '../../../lib/router';
import { useMe } from '../../../lib/session/session';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { fetchPracticeCycle } from '../api/practice-api';
import { CycleHeader, IndicatorCard } from '../components/cycle-header';
import { CycleStepper } from '../components/cycle-stepper';
import { CycleSteps } from '../components/cycle-steps';
import { cycleBackPath } from '../execution-paths';
import '../execution.css';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; cycle: PracticeCycle };

/** After a step is finished, start at the next step's heading (its opener is gone). */
function useFocusOnStepChange(cycle: PracticeCycle | null): void {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (!cycle) return;
    const before = previous.current;
    previous.current = cycle.state;
    if (before === null || before === cycle.state) return;
    const current = cycle.steps.find((step) => step.status === 'current');
    const id = current ? `langkah-${current.letter.toLowerCase()}-heading` : null;
    const target = id ? document.getElementById(id) : null;
    target?.focus();
    target?.scrollIntoView?.({ block: 'start' });
  }, [cycle]);
}

/**
 * /pelaksanaan/siklus/:planId — the Siklus Peningkatan Kinerja A–E of one plan, for the employee
 * and the observer alike; only the actions the API allows are offered (issue #5 item 4, §2.3).
 */
export function PracticeCyclePage() {
  const { t } = useI18n();
  const me = useMe();
  const planId = useRouteParam('planId');
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  const reload = useCallback(async () => {
    setLoad({ status: 'loading' });
    try {
      setLoad({ status: 'ready', cycle: await fetchPracticeCycle(planId) });
    } catch (error) {
      setLoad({ status: 'error', message: describeError(error, t) });
    }
  }, [planId, t]);
  useEffect(() => void reload(), [reload]);

  const onCycle = useCallback((cycle: PracticeCycle) => {
    setLoad((current) =>
      current.status === 'ready' && current.cycle === cycle ? current : { status: 'ready', cycle },
    );
  }, []);
  const cycle = load.status === 'ready' ? load.cycle : null;
  useFocusOnStepChange(cycle);

  return (
    <Page title={t('execution.cycle.title')} wide>
      <Link to={cycleBackPath(me)} className="exec-back">
        {t('execution.cycle.back')}
      </Link>
      {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
      {load.status === 'error' ? (
        <>
          <p role="alert" className="alert alert-error">
            {load.message}
          </p>
          <button type="button" className="btn btn-primary" onClick={() => void reload()}>
            {t('common.retry')}
          </button>
        </>
      ) : null}
      {cycle ? (
        <div className="exec-cycle">
          <div className="exec-cycle-side">
            <CycleHeader cycle={cycle} />
            <CycleStepper cycle={cycle} />
            <IndicatorCard cycle={cycle} />
          </div>
          <CycleSteps cycle={cycle} onCycle={onCycle} />
        </div>
      ) : null}
    </Page>
  );
}
