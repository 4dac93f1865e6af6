import type { Plan, PlanOptionsResponse, PracticeOptionsResponse } from '@kinerja/contract';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchPlanOptions, fetchPracticeOptions } from '../../../lib/plans/plans-api';
import { lazyComponent } from '../../../lib/ui/lazy-component';
import { Loading } from '../../../lib/ui/loading';

// A plan shows one of four steps; each downloads when needed, so the first load of /rencana
// carries only the one shown (issue 15 item 5: ≤ 150 KB of script).
const personalDataStep = lazyComponent(() =>
  import('./personal-data-step').then((m) => m.PersonalDataStep),
);
const teamStep = lazyComponent(() => import('./team-step').then((m) => m.TeamStep));
const planEditor = lazyComponent(() => import('./plan-editor').then((m) => m.PlanEditor));
const planOverview = lazyComponent(() => import('./plan-overview').then((m) => m.PlanOverview));
/** Downloads every step's code (tests, so their waits measure the page, not a first compile). */
export function preloadPlanSteps(): Promise<unknown> {
  return Promise.all(
    [personalDataStep, teamStep, planEditor, planOverview].map((s) => s.preload()),
  );
}
const PersonalDataStep = personalDataStep.Component;
const TeamStep = teamStep.Component;
const PlanEditor = planEditor.Component;
const PlanOverview = planOverview.Component;

/** The catalogue choices of a plan, loaded once per plan. */
export type PlanCatalogues = {
  options: PlanOptionsResponse;
  practice: PracticeOptionsResponse;
};

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; catalogues: PlanCatalogues };

/**
 * A started plan: data diri first, then (2026 principal) Tim Kinerja and Pejabat Penilai Kinerja,
 * then the tabs while the plan is editable, else the read-only overview (domain.md §3.2, §3.7, §3.8).
 */
export function PlanFlow({
  plan,
  onPlanChange,
}: {
  plan: Plan;
  onPlanChange: (plan: Plan) => void;
}) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<Loading label={t('common.loading')} />}>
      <PlanStep plan={plan} onPlanChange={onPlanChange} />
    </Suspense>
  );
}

/** The step the plan is at; the tabs' or the overview's code downloads while its choices load. */
function PlanStep({ plan, onPlanChange }: { plan: Plan; onPlanChange: (plan: Plan) => void }) {
  const { t } = useI18n();
  const canEdit = plan.abilities.canEdit;
  useEffect(() => {
    void (canEdit ? planEditor : planOverview).preload().catch(() => undefined);
  }, [canEdit]);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(async () => {
    setLoad({ status: 'loading' });
    try {
      const [options, practice] = await Promise.all([
        fetchPlanOptions(plan.id),
        fetchPracticeOptions(plan.id),
      ]);
      setLoad({ status: 'ready', catalogues: { options, practice } });
    } catch (error) {
      setLoad({ status: 'error', message: describeError(error, t) });
    }
    // Options depend on the plan (period, school level, kind), not on each save.
  }, [plan.id, t]);
  useEffect(() => void reload(), [reload]);

  const submitted = useCallback(
    (next: Plan) => {
      setNotice(
        t(next.status === 'approved' ? 'planning.submit.doneApproved' : 'planning.submit.done'),
      );
      onPlanChange(next);
    },
    [onPlanChange, t],
  );

  if (plan.abilities.canEdit && !plan.personalData.isConfirmed) {
    return <PersonalDataStep plan={plan} onDone={onPlanChange} />;
  }
  if (plan.abilities.canEdit && plan.team?.isRequired && !plan.team.confirmedAt) {
    return <TeamStep plan={plan} onDone={onPlanChange} />;
  }
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
  if (plan.abilities.canEdit) {
    return (
      <PlanEditor
        key={`${plan.id}-${plan.status}`}
        plan={plan}
        catalogues={load.catalogues}
        onSubmitted={submitted}
      />
    );
  }
  return <PlanOverview plan={plan} catalogues={load.catalogues} notice={notice} />;
}
