import type { PlanTab } from '@kinerja/contract';
import { AdditionalDutiesFields } from './additional-duties-fields';
import { CompetencyTab } from './competency-tab';
import { MainDutiesTab } from './main-duties-tab';
import { PracticeTab } from './practice-tab';
import { PrePlanningTab } from './pre-planning-tab';
import { SummaryTab } from './summary-tab';
import { TabProblems } from './tab-problems';
import type { TabProps } from './tab-props';
import { WorkBehaviourTab } from './work-behaviour-tab';

/** The content of one planning tab; Tugas Tambahan sit on the tab the rule set names (§3.3, §3.5). */
export function TabPanel(
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
