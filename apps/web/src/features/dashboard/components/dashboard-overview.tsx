import type { StageCounts } from '@kinerja/contract';
import { PlanStatusChart } from './plan-status-chart';
import { PredikatChart } from './predikat-chart';
import { SummaryCards } from './summary-cards';

/** The totals at a glance: the four cards, the plan-status chart and the predikat distribution. */
export function DashboardOverview({ totals }: { totals: StageCounts }) {
  return (
    <>
      <SummaryCards totals={totals} />
      <div className="dash-charts">
        <PlanStatusChart totals={totals} />
        <PredikatChart counts={totals.predikat} />
      </div>
    </>
  );
}
