import type { IsoDate } from '../common/dates';
import type { RuleSet, StageWindow } from '../rule-sets/rule-set';
import { STAGE_LABELS, STAGES, type Stage } from './stages';

/** The dates of one stage as an administrator stored them. */
export type WindowDates = { readonly stage: Stage; readonly start: IsoDate; readonly end: IsoDate };

/** A period's schedule as data: its range and stored stage windows (domain.md §2.1, §2.4). */
export type PeriodSchedule = {
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
  readonly windows: readonly WindowDates[];
  /** True while the windows are the rule set's [I] defaults nobody has confirmed yet. */
  readonly areDefaults: boolean;
};

/**
 * The rule set of a period with the period's stored windows: every "which stage is open / closed /
 * locked out" decision reads these, the rule set's own dates are only seed defaults — domain.md §2.4.
 * Labels, lockout and sources stay the rule set's (they are rules, not dates).
 */
export function ruleSetWithSchedule(base: RuleSet, schedule: PeriodSchedule): RuleSet {
  const stages = STAGES.flatMap((stage): StageWindow[] => {
    const dates = schedule.windows.find((w) => w.stage === stage);
    if (!dates) return [];
    const rule = base.stages.find((w) => w.stage === stage);
    return [
      {
        stage,
        label: rule?.label ?? STAGE_LABELS[stage],
        start: dates.start,
        end: dates.end,
        isEditableDefault: schedule.areDefaults,
        hasLockout: rule?.hasLockout ?? false,
        source: rule?.source ?? 'administrator',
      },
    ];
  });
  return { ...base, startDate: schedule.startsOn, endDate: schedule.endsOn, stages };
}

/** The default schedule of a rule set: its own dates, marked as defaults when any is inferred [I]. */
export function defaultSchedule(ruleSet: RuleSet): PeriodSchedule {
  return {
    startsOn: ruleSet.startDate,
    endsOn: ruleSet.endDate,
    windows: ruleSet.stages.map(({ stage, start, end }) => ({ stage, start, end })),
    areDefaults: ruleSet.stages.some((w) => w.isEditableDefault),
  };
}

/** The first day anything of the period is open (Pra-Perencanaan when it has one) — domain.md §2.2. */
export function firstWindowStart(schedule: Pick<PeriodSchedule, 'startsOn' | 'windows'>): IsoDate {
  return schedule.windows.reduce(
    (first, w) => (w.start < first ? w.start : first),
    schedule.startsOn,
  );
}
