import {
  defaultSchedule,
  deriveRuleSet,
  periodDefinitions,
  ruleSet2027Derivation,
  ruleSetFor,
  type PeriodSchedule,
  type RuleSet,
} from '@kinerja/domain';
import type { PeriodRow } from './periods.repository.js';

function windowOf(schedule: PeriodSchedule, stage: 'planning' | 'execution' | 'assessment') {
  const window = schedule.windows.find((w) => w.stage === stage);
  if (!window) throw new Error(`Aturan periode tidak punya tahap ${stage}`);
  return window;
}

/** A periods-table row of a schedule (Pra-Perencanaan null when the schedule has none). */
export function periodRowOf(
  period: { id: string; label: string; ruleSetVersion: string; sortOrder: number },
  schedule: PeriodSchedule,
): PeriodRow {
  const pre = schedule.windows.find((w) => w.stage === 'pre_planning');
  const planning = windowOf(schedule, 'planning');
  const execution = windowOf(schedule, 'execution');
  const assessment = windowOf(schedule, 'assessment');
  return {
    ...period,
    startsOn: schedule.startsOn,
    endsOn: schedule.endsOn,
    prePlanningOpensOn: pre?.start ?? null,
    prePlanningClosesOn: pre?.end ?? null,
    planningOpensOn: planning.start,
    planningClosesOn: planning.end,
    executionOpensOn: execution.start,
    executionClosesOn: execution.end,
    assessmentOpensOn: assessment.start,
    assessmentClosesOn: assessment.end,
    windowsAreDefaults: schedule.areDefaults,
  };
}

const rowOfRuleSet = (ruleSet: RuleSet, sortOrder: number): PeriodRow =>
  periodRowOf(
    { id: ruleSet.version, label: ruleSet.label.id, ruleSetVersion: ruleSet.version, sortOrder },
    defaultSchedule(ruleSet),
  );

/**
 * The periods-table rows seeded on every start: the built-in rule sets' periods and 2027 (whose
 * rule set is stored and registered by seed-periods.ts) with its default windows — domain.md §2.1, §2.4.
 */
export function seededPeriods(): PeriodRow[] {
  const builtIn = periodDefinitions.map((definition, index) =>
    rowOfRuleSet(ruleSetFor(definition.id), index + 1),
  );
  const next2027 = deriveRuleSet(ruleSetFor(ruleSet2027Derivation.basedOn), ruleSet2027Derivation);
  const next = rowOfRuleSet(next2027, builtIn.length + 1);
  // Only the 2027 defaults are flagged for confirmation; the built-in years' dates stay as shipped.
  return [...builtIn.map((row) => ({ ...row, windowsAreDefaults: false })), next];
}
