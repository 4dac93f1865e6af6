import {
  isSchoolLevel,
  planningGate as domainPlanningGate,
  planningRefusalMessage,
  ruleSetFor,
  stageDeadline,
  type DeadlineExtension,
  type EmployeeKind,
  type IsoDate,
  type Locale,
  type PlanningAction,
  type RuleSet,
  type SchoolLevel,
  type StageDeadline,
  type PeriodSchedule,
  ruleSetWithSchedule,
} from '@kinerja/domain';
import type { EmployeeContext } from '../plan-context/employee-context.repository.js';

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
 * The domain's planning gate (domain.md §1.1, §2.4) on the period's stored windows, with the
 * employee's atasan facts, as a 403 with the person's message.
 */
export function planningGate(options: {
  ruleSet: RuleSet;
  today: IsoDate;
  employee: Pick<EmployeeContext, 'extensions' | 'headKind' | 'headPlanStatus'>;
  employeeKind: EmployeeKind;
  action: PlanningAction;
  locale: Locale;
}): GateRefusal | null {
  const { ruleSet, employee } = options;
  const refusal = domainPlanningGate({
    ruleSet,
    windows: ruleSet.stages,
    today: options.today,
    extensions: employee.extensions,
    action: options.action,
    employeeKind: options.employeeKind,
    supervisor: {
      isDefinitivePrincipal: employee.headKind === 'definitive',
      hasStartedExecution: employee.headPlanStatus === 'approved',
    },
  });
  if (!refusal) return null;
  const message = planningRefusalMessage(refusal, options.locale);
  return { code: refusal.code, message, status: 403 };
}
