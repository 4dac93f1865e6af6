import { formatLongDate, type IsoDate } from '../common/dates';
import { stageDeadline, type DeadlineExtension } from '../deadlines/deadlines';
import { messageFor, type MessageCode } from '../errors/messages';
import type { Locale } from '../i18n/locale';
import type { RuleSet, StageWindow } from '../rule-sets/rule-set';
import type { EmployeeKind } from './plan-draft';

/** What an employee does in planning: "Mulai", edit the draft (and the data-diri check), "Ajukan". */
export type PlanningAction = 'start' | 'edit' | 'submit';

/** The employee's atasan as far as the 2024-S2 rule needs it — domain.md §2.4. */
export type PlanningSupervisorFacts = {
  /** A definitive principal approves (a Plt approves automatically; nobody: blocked elsewhere). */
  readonly isDefinitivePrincipal: boolean;
  /** The atasan's own plan of this period is in Pelaksanaan (approved). */
  readonly hasStartedExecution: boolean;
};

/** Why planning is closed to this employee now; `date` is an ISO date for the message. */
export type PlanningRefusal = {
  readonly code: MessageCode;
  readonly params: { readonly date?: IsoDate };
};

type GateOptions = {
  ruleSet: RuleSet;
  /** The period's stage windows as stored (an administrator may move them); default: the rule set's. */
  windows?: readonly StageWindow[];
  today: IsoDate;
  extensions: readonly DeadlineExtension[];
  action: PlanningAction;
  employeeKind: EmployeeKind;
  supervisor?: PlanningSupervisorFacts;
};

const later = (a: IsoDate, b: IsoDate | null): IsoDate => (b !== null && b > a ? b : a);

// "Mulai", drafts and the data-diri check open with the first window (Pra-Perencanaan when the period
// has one), "Ajukan" with the planning window — domain.md §2.2, §2.4. A principal's 2024 own plan
// starts 15 January [C] SCRIBD-KS, MASBABAL, UTAMAPOS-KS — domain.md §1.1.
function notOpen(options: GateOptions, windows: readonly StageWindow[]): PlanningRefusal | null {
  const planning = windows.find((window) => window.stage === 'planning');
  if (!planning) return null;
  const first = windows.find((window) => window.stage === 'pre_planning') ?? planning;
  const opensOn = options.action === 'submit' ? planning.start : first.start;
  if (options.employeeKind === 'principal') {
    const principalOpensOn = later(opensOn, options.ruleSet.planningStart.principalOpensOn);
    if (options.today < principalOpensOn) {
      return { code: 'PLANNING_NOT_OPEN_PRINCIPAL', params: { date: principalOpensOn } };
    }
  }
  return options.today < opensOn ? { code: 'PLANNING_NOT_OPEN', params: { date: opensOn } } : null;
}

// 2024-S2: "guru baru dapat melakukan perencanaan Periode 2 setelah atasan memulai Pelaksanaan
// Kinerja Periode 2" [S] INFOGURU-P2 — domain.md §2.4. A Plt approves automatically and has no plan
// of their own here, so only a definitive principal's Pelaksanaan is waited for [I].
function waitsForSupervisor(options: GateOptions): PlanningRefusal | null {
  if (!options.ruleSet.planningStart.waitsForSupervisorExecution) return null;
  if (options.employeeKind !== 'teacher' || options.action !== 'start') return null;
  const supervisor = options.supervisor;
  if (!supervisor?.isDefinitivePrincipal || supervisor.hasStartedExecution) return null;
  return { code: 'PLANNING_WAITS_FOR_SUPERVISOR_EXECUTION', params: {} };
}

/**
 * Whether an employee may do a planning action today: the opening of the period's windows (taken as
 * an argument), the principal's own start date, the 2024-S2 wait for the atasan's Pelaksanaan and
 * the 2026 lockout (domain.md §1.1, §2.4); null when allowed.
 */
export function planningGate(options: GateOptions): PlanningRefusal | null {
  const windows = options.windows ?? options.ruleSet.stages;
  const closed = notOpen(options, windows);
  if (closed) return closed;
  const ruleSet = { ...options.ruleSet, stages: windows };
  const planning = stageDeadline({
    ruleSet,
    now: options.today,
    extensions: options.extensions,
    stage: 'planning',
  });
  if (planning?.isLockedOut) {
    return { code: 'PLANNING_LOCKED_OUT', params: { date: planning.effectiveClosesOn } };
  }
  return waitsForSupervisor(options);
}

/** The person's message of a planning refusal, its date written as in the guides. */
export function planningRefusalMessage(refusal: PlanningRefusal, locale: Locale): string {
  const { date } = refusal.params;
  return messageFor(refusal.code, locale, date ? { date: formatLongDate(date, locale) } : {});
}
