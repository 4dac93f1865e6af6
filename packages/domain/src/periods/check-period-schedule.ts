import type { IsoDate } from '../common/dates';
import { fillTemplate } from '../i18n/fill-template';
import type { Locale } from '../i18n/locale';
import type { RuleSet } from '../rule-sets/rule-set';
import { periodMessages } from './period-messages';
import type { PeriodSchedule, WindowDates } from './period-schedule';
import { STAGE_LABELS, STAGES, type Stage } from './stages';

/** A code of the period schedule checks. */
export type PeriodMessageCode = keyof typeof periodMessages;

/** One problem of a schedule: its code, the field it names and raw params (stage codes, ISO dates). */
export type ScheduleProblem = {
  readonly code: PeriodMessageCode;
  readonly field: string;
  readonly params: Readonly<Record<string, string>>;
};

/** The previous period, whose range a new schedule may not overlap. */
export type PreviousPeriod = { readonly label: string; readonly endsOn: IsoDate };

const order = (stage: Stage) => STAGES.indexOf(stage);

function windowProblems(ruleSet: RuleSet, schedule: PeriodSchedule): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  for (const rule of ruleSet.stages) {
    if (!schedule.windows.some((w) => w.stage === rule.stage))
      problems.push({
        code: 'PERIOD_WINDOW_MISSING',
        field: `windows.${rule.stage}`,
        params: { stage: rule.stage },
      });
  }
  for (const w of schedule.windows) {
    const field = `windows.${w.stage}`;
    if (!ruleSet.stages.some((rule) => rule.stage === w.stage))
      problems.push({ code: 'PERIOD_WINDOW_NOT_IN_RULE_SET', field, params: { stage: w.stage } });
    if (w.start > w.end)
      problems.push({
        code: 'PERIOD_WINDOW_REVERSED',
        field,
        params: { stage: w.stage, start: w.start, end: w.end },
      });
    // Pra-Perencanaan may begin before the period (29 Dec for 2026) but must end inside it — domain.md §2.4.
    const startsTooEarly = w.stage !== 'pre_planning' && w.start < schedule.startsOn;
    if (startsTooEarly || w.end > schedule.endsOn || w.end < schedule.startsOn) {
      const params = { stage: w.stage, start: schedule.startsOn, end: schedule.endsOn };
      problems.push({ code: 'PERIOD_WINDOW_OUTSIDE_PERIOD', field, params });
    }
  }
  return problems;
}

function orderProblems(windows: readonly WindowDates[]): ScheduleProblem[] {
  const sorted = [...windows].sort((a, b) => order(a.stage) - order(b.stage));
  return sorted.flatMap((w, index): ScheduleProblem[] => {
    const before = sorted[index - 1];
    if (!before || w.start > before.end) return [];
    const params = { stage: w.stage, previous: before.stage, end: before.end };
    return [{ code: 'PERIOD_WINDOW_OUT_OF_ORDER', field: `windows.${w.stage}`, params }];
  });
}

/**
 * Checks an administrator's schedule: the rule set's stages, each in order without overlap, inside
 * the period, and the period after the previous one (its Pra-Perencanaan may overlap the previous
 * Penilaian, as 29–31 Dec 2025 did) — domain.md §2.2, §2.4. Empty when the schedule is sound.
 */
export function checkPeriodSchedule(options: {
  ruleSet: RuleSet;
  schedule: PeriodSchedule;
  previous?: PreviousPeriod | undefined;
}): ScheduleProblem[] {
  const { ruleSet, schedule, previous } = options;
  const problems: ScheduleProblem[] = [];
  if (schedule.startsOn >= schedule.endsOn) {
    const params = { start: schedule.startsOn, end: schedule.endsOn };
    problems.push({ code: 'PERIOD_RANGE_REVERSED', field: 'startsOn', params });
  }
  if (previous && schedule.startsOn <= previous.endsOn) {
    const params = { previous: previous.label, end: previous.endsOn };
    problems.push({ code: 'PERIOD_OVERLAPS_PREVIOUS', field: 'startsOn', params });
  }
  return [...problems, ...windowProblems(ruleSet, schedule), ...orderProblems(schedule.windows)];
}

/**
 * Stages whose window has started (by `today`) and would move, shorten or disappear: the change
 * affects people already working in them, so it needs an explicit confirmation — domain.md §2.4.
 */
export function startedWindowChanges(options: {
  before: readonly WindowDates[];
  after: readonly WindowDates[];
  today: IsoDate;
}): Stage[] {
  return options.before
    .filter((old) => old.start <= options.today)
    .filter((old) => {
      const next = options.after.find((w) => w.stage === old.stage);
      return !next || next.start !== old.start || next.end !== old.end;
    })
    .map((old) => old.stage);
}

/** The Indonesian (or English) sentence of a schedule problem, with stage names and long dates. */
export function scheduleProblemMessage(problem: ScheduleProblem, locale: Locale = 'id'): string {
  const params = Object.fromEntries(
    Object.entries(problem.params).map(([key, value]) => {
      if (value in STAGE_LABELS) return [key, STAGE_LABELS[value as Stage][locale]];
      return [key, value];
    }),
  );
  return fillTemplate(periodMessages[problem.code][locale], params, locale);
}

/** The confirmation message for started stages (409 unless confirmed). */
export function startedWindowChangeMessage(
  stages: readonly Stage[],
  locale: Locale = 'id',
): string {
  const names = stages.map((stage) => STAGE_LABELS[stage][locale]).join(', ');
  return fillTemplate(
    periodMessages.PERIOD_STARTED_WINDOW_CHANGE[locale],
    { stages: names },
    locale,
  );
}
