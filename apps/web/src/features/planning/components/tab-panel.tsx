import type { PlanTab } from '@kinerja/contract';
import { Suspense } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { lazyComponent } from '../../../lib/ui/lazy-component';
import { Loading } from '../../../lib/ui/loading';
import { TabProblems } from './tab-problems';
import type { TabProps } from './tab-props';

// One tab shows at a time: each downloads when first opened, so the first load of /rencana carries
// only the tab shown (issue 15 item 5).
const PrePlanningTab = lazyComponent(() =>
  import('./pre-planning-tab').then((m) => m.PrePlanningTab),
).Component;
const MainDutiesTab = lazyComponent(() =>
  import('./main-duties-tab').then((m) => m.MainDutiesTab),
).Component;
const PracticeTab = lazyComponent(() =>
  import('./practice-tab').then((m) => m.PracticeTab),
).Component;
const CompetencyTab = lazyComponent(() =>
  import('./competency-tab').then((m) => m.CompetencyTab),
).Component;
const WorkBehaviourTab = lazyComponent(() =>
  import('./work-behaviour-tab').then((m) => m.WorkBehaviourTab),
).Component;
const AdditionalDutiesFields = lazyComponent(() =>
  import('./additional-duties-fields').then((m) => m.AdditionalDutiesFields),
).Component;
const SummaryTab = lazyComponent(() => import('./summary-tab').then((m) => m.SummaryTab)).Component;

/** The content of one planning tab; Tugas Tambahan sit on the tab the rule set names (§3.3, §3.5). */
export function TabPanel(
  props: TabProps & {
    tab: PlanTab;
    onGoTo: (tab: PlanTab) => void;
    onContinue: () => void;
    isBusy: boolean;
  },
) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<Loading label={t('common.loading')} />}>
      <TabContent {...props} />
    </Suspense>
  );
}

function TabContent(
  props: TabProps & {
    tab: PlanTab;
    onGoTo: (tab: PlanTab) => void;
    onContinue: () => void;
    isBusy: boolean;
  },
) {
  const { tab, onGoTo, onContinue, isBusy, ...tabProps } = props;
  const additionalTab = tabProps.catalogues.options.additionalDuties.tab;
  if (tab === 'summary') {
    return <SummaryTab {...tabProps} onGoTo={onGoTo} onContinue={onContinue} isBusy={isBusy} />;
  }
  return (
    <>
      {tab === 'pre_planning' ? <PrePlanningTab {...tabProps} /> : null}
      {tab === 'main_duties' ? <MainDutiesTab {...tabProps} /> : null}
      {tab === 'practice' ? <PracticeTab {...tabProps} /> : null}
      {tab === 'competency' ? <CompetencyTab {...tabProps} /> : null}
      {tab === 'work_behaviour' ? <WorkBehaviourTab {...tabProps} /> : null}
      {tab === additionalTab ? (
        <AdditionalDutiesFields {...tabProps} asSection={tab !== 'additional_duties'} />
      ) : null}
      <TabProblems problems={tabProps.problems} />
    </>
  );
}
