import type { Plan, PlanContent, PlanProblemDto } from '@kinerja/contract';
import type { PlanCatalogues } from './plan-flow';

/** What every tab gets: the draft on screen, the last server copy, the catalogues, and `edit`. */
export type TabProps = {
  content: PlanContent;
  plan: Plan;
  catalogues: PlanCatalogues;
  edit: (change: (content: PlanContent) => PlanContent) => void;
  /** Problems of this tab from the last save (domain validator on the server). */
  problems: readonly PlanProblemDto[];
};
