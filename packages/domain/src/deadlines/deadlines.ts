import { daysBetween, toIsoDate, type IsoDate } from '../common/dates';
import type { Stage } from '../periods/stages';
import type { RuleSet, StageWindow } from '../rule-sets/rule-set';

/** A per-person extension of a stage until a date (inclusive) — domain.md §2.4. */
export type DeadlineExtension = { readonly stage: Stage; readonly until: IsoDate };

/** Where a person stands with a stage window on a given day. */
export type StageStatus = 'upcoming' | 'open' | 'closing_soon' | 'closed' | 'extended';

/** The deadline view of one stage for one person. */
export type StageDeadline = {
  readonly stage: Stage;
  readonly status: StageStatus;
  readonly opensOn: IsoDate;
  readonly closesOn: IsoDate;
  /** The close date after the person's extensions. */
  readonly effectiveClosesOn: IsoDate;
  /** Days left until the effective close (0 on the last day); null when not open. */
  readonly daysLeft: number | null;
  /** Closed and the stage locks people out afterwards (2026 planning). */
  readonly isLockedOut: boolean;
};

type DeadlineOptions = {
  ruleSet: RuleSet;
  /** The current instant or local date, passed in: the domain never reads the clock. */
  now: Date | IsoDate;
  extensions?: readonly DeadlineExtension[];
  /** Defaults to the rule set's value (7). */
  closingSoonDays?: number;
  utcOffsetMinutes?: number;
};

function effectiveEnd(window: StageWindow, extensions: readonly DeadlineExtension[]): IsoDate {
  return extensions
    .filter((extension) => extension.stage === window.stage)
    .reduce((end, extension) => (extension.until > end ? extension.until : end), window.end);
}

function statusOf(options: {
  window: StageWindow;
  today: IsoDate;
  end: IsoDate;
  soonDays: number;
}) {
  const { window, today, end, soonDays } = options;
  if (today < window.start) return { status: 'upcoming' as const, daysLeft: null };
  if (today > end) return { status: 'closed' as const, daysLeft: null };
  const daysLeft = daysBetween({ from: today, to: end });
  if (today > window.end) return { status: 'extended' as const, daysLeft };
  // "Closing soon" = the last `soonDays` days of the window, the closing day included.
  return { status: daysLeft < soonDays ? ('closing_soon' as const) : ('open' as const), daysLeft };
}

/** Deadline status of every stage of a period for one person at `now`. */
export function stageDeadlines(options: DeadlineOptions): StageDeadline[] {
  const today = toIsoDate(options.now, options.utcOffsetMinutes);
  const soonDays = options.closingSoonDays ?? options.ruleSet.closingSoonDays;
  return options.ruleSet.stages.map((window) => {
    const end = effectiveEnd(window, options.extensions ?? []);
    const { status, daysLeft } = statusOf({ window, today, end, soonDays });
    return {
      stage: window.stage,
      status,
      opensOn: window.start,
      closesOn: window.end,
      effectiveClosesOn: end,
      daysLeft,
      isLockedOut: status === 'closed' && window.hasLockout,
    };
  });
}

/** Deadline status of one stage, or undefined when the period has no such stage. */
export function stageDeadline(
  options: DeadlineOptions & { stage: Stage },
): StageDeadline | undefined {
  return stageDeadlines(options).find((deadline) => deadline.stage === options.stage);
}

/** The stage whose window contains `now` (extensions ignored), or null between/outside windows. */
export function currentStage(
  options: Omit<DeadlineOptions, 'extensions' | 'closingSoonDays'>,
): Stage | null {
  const today = toIsoDate(options.now, options.utcOffsetMinutes);
  const window = options.ruleSet.stages.find((w) => today >= w.start && today <= w.end);
  return window?.stage ?? null;
}
