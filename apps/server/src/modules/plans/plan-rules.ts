import {
  findStageWindow,
  isSchoolLevel,
  messageFor,
  ruleSetFor,
  stageDeadline,
  type DeadlineExtension,
  type IsoDate,
  type Locale,
  type RuleSet,
  type SchoolLevel,
  type StageDeadline,
  type PeriodSchedule,
  ruleSetWithSchedule,
} from '@kinerja/domain';
import { formatDateId } from './plan-text.js';

/** The range and stage windows of a period as stored (an administrator may have moved them). */
export type PeriodWindows = {
  ruleSetVersion: string;
  startsOn: string;
  endsOn: string;
  prePlanningOpensOn: string | null;
  prePlanningClosesOn: string | null;
  planningOpensOn: string;
  planningClosesOn: string;
  executionOpensOn: string;
  executionClosesOn: string;
  assessmentOpensOn: string;
  assessmentClosesOn: string;
  windowsAreDefaults: boolean;
};

/** A period row's schedule as domain data (Pra-Perencanaan only when stored) — domain.md §2.4. */
export function scheduleOfPeriod(period: PeriodWindows): PeriodSchedule {
  const pre =
    period.prePlanningOpensOn && period.prePlanningClosesOn
      ? [
          {
            stage: 'pre_planning' as const,
            start: period.prePlanningOpensOn,
            end: period.prePlanningClosesOn,
          },
        ]
      : [];
  return {
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    areDefaults: period.windowsAreDefaults,
    windows: [
      ...pre,
      { stage: 'planning', start: period.planningOpensOn, end: period.planningClosesOn },
      { stage: 'execution', start: period.executionOpensOn, end: period.executionClosesOn },
      { stage: 'assessment', start: period.assessmentOpensOn, end: period.assessmentClosesOn },
    ],
  };
}

/** The domain rule set of a period with the stored windows of its `periods` row (issue 13 item 1). */
export function ruleSetForPeriod(period: PeriodWindows): RuleSet {
  return ruleSetWithSchedule(ruleSetFor(period.ruleSetVersion), scheduleOfPeriod(period));
}

/** The school level of a `schools.jenjang` value (SD → sd). */
export function schoolLevelOf(jenjang: string): SchoolLevel {
  const level = jenjang.toLowerCase();
  if (!isSchoolLevel(level)) throw new Error(`jenjang sekolah tidak dikenal: ${jenjang}`);
  return level;
}

/** The planning deadline of one person (domain stageDeadlines with their extensions). */
export function planningDeadline(options: {
  ruleSet: RuleSet;
  today: IsoDate;
  extensions: readonly DeadlineExtension[];
}): StageDeadline | null {
  return (
    stageDeadline({
      ruleSet: options.ruleSet,
      now: options.today,
      extensions: options.extensions,
      stage: 'planning',
    }) ?? null
  );
}

/** A refusal the server adds around the domain: code and Indonesian/English message. */
export type GateRefusal = { code: string; message: string; status: number };

/**
 * Planning opens with the period: "Mulai", drafts and the data-diri check from the first window
 * (Pra-Perencanaan when the period has one), "Ajukan" from the planning window; after a lockout
 * deadline everything stops unless extended (domain.md §2.4).
 */
export function planningGate(options: {
  ruleSet: RuleSet;
  today: IsoDate;
  extensions: readonly DeadlineExtension[];
  action: 'start' | 'edit' | 'submit';
  locale: Locale;
}): GateRefusal | null {
  const { ruleSet, today, action, locale } = options;
  const planning = findStageWindow(ruleSet, 'planning');
  if (!planning) return null;
  const first = findStageWindow(ruleSet, 'pre_planning') ?? planning;
  const opensOn = action === 'submit' ? planning.start : first.start;
  if (today < opensOn) {
    const date = formatDateId(opensOn);
    const message =
      locale === 'en'
        ? `Planning for this period opens on ${opensOn}.`
        : `Perencanaan Kinerja periode ini dibuka mulai ${date}.`;
    return { code: 'PLANNING_NOT_OPEN', message, status: 403 };
  }
  const deadline = planningDeadline(options);
  if (deadline?.isLockedOut) {
    const params = { date: formatDateId(deadline.effectiveClosesOn) };
    return {
      code: 'PLANNING_LOCKED_OUT',
      message: messageFor('PLANNING_LOCKED_OUT', locale, params),
      status: 403,
    };
  }
  return null;
}
