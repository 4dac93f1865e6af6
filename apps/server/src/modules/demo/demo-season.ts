import { currentStage, type RuleSet, type Stage } from '@kinerja/domain';
import { currentPeriod } from '../periods/current-period.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';

/** The period a day falls in, its rule set (with the stored windows) and the stage open that day. */
export type DemoSeason = { period: PeriodRow; ruleSet: RuleSet; stage: Stage };

/**
 * Where the demo year stands at `now`: the period running that day (domain.md §2.1) and the stage
 * whose window contains it (§2.4). A period whose Pra-Perencanaan has opened wins over the one still
 * closing, so the next year's pre-planning is what a newcomer sees; null between windows.
 */
export function demoSeason(periods: readonly PeriodRow[], now: Date): DemoSeason | null {
  const seasons = periods
    .map((period) => {
      const ruleSet = ruleSetForPeriod(period);
      return { period, ruleSet, stage: currentStage({ ruleSet, now }) };
    })
    .filter((season): season is DemoSeason => season.stage !== null);
  if (seasons.length === 0) return null;
  const running = currentPeriod([...periods], now);
  const next = seasons.find(
    (s) => s.stage === 'pre_planning' && s.period.startsOn > running.startsOn,
  );
  return next ?? seasons.find((s) => s.period.id === running.id) ?? seasons.at(-1)!;
}

/** The first day of a stage window of the season's rule set, at 09:00 WIB, plus `days`. */
export function dayInStage(ruleSet: RuleSet, stage: Stage, days = 0): Date {
  const window = ruleSet.stages.find((w) => w.stage === stage);
  if (!window) throw new Error(`demo: rule set ${ruleSet.version} has no ${stage} stage`);
  const start = new Date(`${window.start}T09:00:00+07:00`);
  return new Date(start.getTime() + days * 86_400_000);
}
