import type { PlanTab } from '@kinerja/contract';
import { Suspense } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { lazyComponent } from '../../../lib/ui/lazy-component';
import { Loading } from '../../../lib/ui/loading';
import { TabProblems } from './tab-problems';
import type { TabProps } from './tab-props';

// One tab shows at a time: each downloads when first opened, so the first load of /rencana carries
// only the tab shown (issue 15 item 5).
const lazyPrePlanningTab = lazyComponent(() =>
  import('./pre-planning-tab').then((m) => m.PrePlanningTab),
);
const PrePlanningTab = lazyPrePlanningTab.Component;
const lazyMainDutiesTab = lazyComponent(() =>
  import('./main-duties-tab').then((m) => m.MainDutiesTab),
);
const MainDutiesTab = lazyMainDutiesTab.Component;
const lazyPracticeTab = lazyComponent(() => import('./practice-tab').then((m) => m.PracticeTab));
const PracticeTab = lazyPracticeTab.Component;
const lazyCompetencyTab = lazyComponent(() =>
  import('./competency-tab').then((m) => m.CompetencyTab),
);
const CompetencyTab = lazyCompetencyTab.Component;
const lazyWorkBehaviourTab = lazyComponent(() =>
  import('./work-behaviour-tab').then((m) => m.WorkBehaviourTab),
);
const WorkBehaviourTab = lazyWorkBehaviourTab.Component;
const lazyAdditionalDutiesFields = lazyComponent(() =>
  import('./additional-duties-fields').then((m) => m.AdditionalDutiesFields),
);
const AdditionalDutiesFields = lazyAdditionalDutiesFields.Component;
const lazySummaryTab = lazyComponent(() => import('./summary-tab').then((m) => m.SummaryTab));
const SummaryTab = lazySummaryTab.Component;

/** Downloads every tab's code (tests, so their waits measure the page, not a first compile). */
export function preloadPlanTabs(): Promise<unknown> {
  return Promise.all(
    [
      lazyPrePlanningTab,
      lazyMainDutiesTab,
      lazyPracticeTab,
      lazyCompetencyTab,
      lazyWorkBehaviourTab,
      lazyAdditionalDutiesFields,
      lazySummaryTab,
    ].map((tab) => tab.preload()),
  );
}

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
