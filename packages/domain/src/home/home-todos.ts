import { toIsoDate, type IsoDate } from '../common/dates';
import type { ParticipantRole } from '../common/transition';
import type { StageDeadline } from '../deadlines/deadlines';
import type { PlanState } from '../plan/plan-machine';
import type { Stage } from '../periods/stages';
import { PRACTICE_STATES, isPracticeTurnOf, type PracticeState } from '../practice/practice-cycle';
import type { RoleCode } from '../roles/roles';
import type { RuleSet } from '../rule-sets/rule-set';

/** What can wait for a person on the home page, per role — domain.md §1.2, §2.2, §2.3, §3.9. */
export const HOME_TODO_CODES = [
  // The own plan (teacher, principal as pegawai)
  'plan_not_started',
  'plan_draft',
  'plan_returned',
  'plan_submitted',
  'plan_blocked',
  'plan_approved',
  'plan_closed',
  'plan_late',
  'evidence_to_collect',
  'documents_to_send',
  'practice_step',
  'assessment_waiting',
  'result_ready',
  // Principal as atasan
  'plans_to_approve',
  'cycles_to_lead',
  'documents_to_confirm',
  'assessments_to_do',
  // Pengawas (observer and Tim Kinerja of principals — domain.md §3.8)
  'principal_cycles_to_lead',
  'principal_documents_to_confirm',
  'recommendations_to_send',
  // Dinas (assessor of principals)
  'principal_plans_to_approve',
  'plans_without_supervisor',
  'principal_assessments_to_do',
  // Operator and admin
  'staff_without_supervisor',
  'tim_kinerja_to_plot',
  'roster_import',
  'results_not_sent',
  'outbox_failures',
  'period_windows_to_confirm',
  'national_view',
] as const;

/** A to-do code. */
export type HomeTodoCode = (typeof HOME_TODO_CODES)[number];

/** To-dos the server counts (one number each); the others come from the own plan or need no count. */
export type CountedTodoCode = Exclude<
  HomeTodoCode,
  | `plan_${string}`
  | 'evidence_to_collect'
  | 'documents_to_send'
  | 'practice_step'
  | 'assessment_waiting'
  | 'result_ready'
  | 'roster_import'
  | 'national_view'
>;

/** The stage a home reads the period in on a day: the open window, else the last one started. */
export function homeStage(options: { ruleSet: RuleSet; now: Date | IsoDate }): Stage {
  const today = toIsoDate(options.now);
  const stages = options.ruleSet.stages;
  const started = stages.filter((window) => window.start <= today);
  return (started.at(-1) ?? stages[0])?.stage ?? 'planning';
}

const AFTER_PLANNING: readonly Stage[] = ['execution', 'assessment'];

/** Which counted to-dos a role can have in a stage of a rule set (the server counts only these). */
export function countedTodosFor(options: {
  ruleSet: RuleSet;
  stage: Stage;
  role: RoleCode;
  /**
   * Pelaksanaan is closed for this person (its window and extensions are past): Siklus steps and
   * confirmations are refused then (domain.md §2.4), so they are no longer to-dos (issue #11 item 6).
   */
  isExecutionClosed?: boolean;
}): CountedTodoCode[] {
  const { ruleSet, stage, role } = options;
  const isAfterPlanning = AFTER_PLANNING.includes(stage);
  const isExecuting = isAfterPlanning && !options.isExecutionClosed;
  const isAssessing = stage === 'assessment';
  // 2025+ written documents carry the atasan's confirmation of the dokumen akuntabilitas — §3.6.
  const hasConfirmations = ruleSet.evidence.documents.includes('main_duties_checklist');
  // 2026: the principal's plan is approved on submission, the Dinas approves nothing — §3.8.
  const dinasApproves = ruleSet.approval.principalEmployee === 'assessor';
  const codes: Array<CountedTodoCode | false> = [];
  if (role === 'principal_supervisor')
    codes.push(
      'plans_to_approve',
      isExecuting && 'cycles_to_lead',
      isExecuting && hasConfirmations && 'documents_to_confirm',
      isAssessing && 'assessments_to_do',
    );
  if (role === 'pengawas')
    codes.push(
      isExecuting && 'principal_cycles_to_lead',
      isExecuting && hasConfirmations && 'principal_documents_to_confirm',
      isAssessing && 'recommendations_to_send',
    );
  if (role === 'dinas_official')
    codes.push(
      dinasApproves && 'principal_plans_to_approve',
      'plans_without_supervisor',
      isAssessing && 'principal_assessments_to_do',
    );
  if (role === 'school_operator')
    codes.push(
      'staff_without_supervisor',
      // Tim Kinerja plotting belongs to Pra-Perencanaan (2026) — domain.md §2.2.
      ruleSet.tabs.includes('pre_planning') && !isAfterPlanning && 'tim_kinerja_to_plot',
      // The operator keeps the school's e-Kinerja log (domain.md §6.4): final results not yet
      // delivered while the assessment runs, and deliveries the relay gave up on at any time.
      isAssessing && 'results_not_sent',
      'outbox_failures',
    );
  // A period whose windows are still our inferred defaults waits for the admin's check (§2.4).
  if (role === 'admin') codes.push('outbox_failures', 'period_windows_to_confirm');
  return codes.filter((code): code is CountedTodoCode => code !== false);
}

/** The stage whose deadline a counted to-do works towards (domain.md §2.2–2.4). */
export const COUNTED_TODO_STAGE: { readonly [C in CountedTodoCode]: Stage } = {
  plans_to_approve: 'planning',
  principal_plans_to_approve: 'planning',
  plans_without_supervisor: 'planning',
  cycles_to_lead: 'execution',
  documents_to_confirm: 'execution',
  principal_cycles_to_lead: 'execution',
  principal_documents_to_confirm: 'execution',
  assessments_to_do: 'assessment',
  recommendations_to_send: 'assessment',
  principal_assessments_to_do: 'assessment',
  staff_without_supervisor: 'planning',
  // Plotted in Pra-Perencanaan, still needed until plans are approved (domain.md §2.2, §3.8).
  tim_kinerja_to_plot: 'planning',
  results_not_sent: 'assessment',
  outbox_failures: 'assessment',
  period_windows_to_confirm: 'assessment',
};

/**
 * The stages whose deadlines a home shows: every stage for whoever plans themselves; otherwise only
 * the stages the person's roles have to-dos in — a pengawas, who plans nothing, is not told the
 * Perencanaan deadline (issue #11).
 */
export function homeDeadlineStages(options: {
  ruleSet: RuleSet;
  roles: readonly RoleCode[];
}): Stage[] {
  const { ruleSet, roles } = options;
  const stages = ruleSet.stages.map((window) => window.stage);
  if (roles.some((role) => role === 'teacher' || role === 'principal_employee')) return stages;
  const worked = new Set<Stage>();
  for (const stage of stages)
    for (const role of roles)
      for (const code of countedTodosFor({ ruleSet, stage, role }))
        worked.add(COUNTED_TODO_STAGE[code]);
  return stages.filter((stage) => worked.has(stage));
}

/** To-dos that need no count: links to work that is always there for the role in the stage. */
export function standingTodosFor(options: { stage: Stage; role: RoleCode }): HomeTodoCode[] {
  if (options.role === 'school_operator' && !AFTER_PLANNING.includes(options.stage))
    return ['roster_import'];
  if (options.role === 'admin') return ['national_view'];
  return [];
}

/** Practice-cycle states in which a participant has the next step (no row yet = step A). */
export function practiceStatesAwaiting(role: ParticipantRole): PracticeState[] {
  return PRACTICE_STATES.filter((state) => isPracticeTurnOf({ state, role }));
}

/** What the execution of an own plan has produced, as counted by the server. */
export type OwnExecutionFacts = {
  /** 2024 uploads: current slots and how many are collected. */
  readonly evidenceTotal: number;
  readonly evidenceCollected: number;
  /** 2025+ written documents already sent. */
  readonly documentsSent: number;
  /** null before the first step is recorded. */
  readonly practiceState: PracticeState | null;
  readonly assessment: 'none' | 'draft' | 'final';
};

/** One to-do of the own plan: its code, a count when it has one, and the stage whose deadline applies. */
export type OwnTodo = {
  readonly code: HomeTodoCode;
  readonly count: number | null;
  readonly stage: Stage;
};

/**
 * The own plan's status as a to-do. Once the planning window has closed, open work never reads
 * "Mulai": "closed" where the window locks out (2026), "late" where the deadline is only advised and
 * a late plan is still taken (2024 "dianjurkan") — domain.md §2.4.
 */
function planTodo(options: {
  planStatus: PlanState | 'not_started';
  isBlocked: boolean;
  planning: StageDeadline | undefined;
}): OwnTodo {
  const { planStatus: status, isBlocked, planning } = options;
  const isOpenWork = status === 'not_started' || status === 'draft' || status === 'returned';
  if (isOpenWork && planning?.isLockedOut)
    return { code: 'plan_closed', count: null, stage: 'planning' };
  if (isOpenWork && planning?.status === 'closed')
    return { code: 'plan_late', count: null, stage: 'planning' };
  const code: HomeTodoCode = isBlocked ? 'plan_blocked' : `plan_${status}`;
  return { code, count: null, stage: 'planning' };
}

/** The employee's own to-dos in a stage: the plan, then execution and the result — §2.2, §2.3, §3.4, §3.6, §3.9. */
export function ownTodos(options: {
  ruleSet: RuleSet;
  stage: Stage;
  planStatus: PlanState | 'not_started';
  isBlocked: boolean;
  planning: StageDeadline | undefined;
  execution: OwnExecutionFacts | null;
}): OwnTodo[] {
  const { ruleSet, stage, planStatus, execution } = options;
  if (execution?.assessment === 'final') return [{ code: 'result_ready', count: null, stage }];
  const plan = planTodo(options);
  if (planStatus !== 'approved' || !AFTER_PLANNING.includes(stage) || !execution) return [plan];
  const todos: OwnTodo[] = [];
  const openEvidence = execution.evidenceTotal - execution.evidenceCollected;
  if (ruleSet.evidence.mode === 'upload' && openEvidence > 0)
    todos.push({ code: 'evidence_to_collect', count: openEvidence, stage: 'execution' });
  const written = ruleSet.evidence.documents.filter(
    (kind) => kind === 'competency_reflection' || kind === 'main_duties_checklist',
  ).length;
  if (ruleSet.evidence.mode === 'none' && execution.documentsSent < written)
    todos.push({
      code: 'documents_to_send',
      count: written - execution.documentsSent,
      stage: 'execution',
    });
  const cycle = execution.practiceState ?? 'preparation_discussion';
  if (isPracticeTurnOf({ state: cycle, role: 'employee' }))
    todos.push({ code: 'practice_step', count: null, stage: 'execution' });
  if (stage === 'assessment') todos.push({ code: 'assessment_waiting', count: null, stage });
  return todos.length > 0 ? todos : [plan];
}
