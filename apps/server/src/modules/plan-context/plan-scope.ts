import type { PlanContent } from '@kinerja/contract';
import {
  can,
  confirmsPlanTeam,
  toIsoDate,
  type Actor,
  type CatalogueSet,
  type CatalogueVersion,
  type IsoDate,
  type Locale,
  type PlanCommandContext,
  type PlanDraft,
  type PlanRecord,
  type PolicyAction,
  type PolicySubject,
  type RuleSet,
  type SupervisorResolution,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/app-error.js';
import { loadPinnedCatalogues } from '../catalogues/load-catalogues.js';
import { findEmployeeContext, type EmployeeContext } from './employee-context.repository.js';
import { findContextAndActor } from './plan-context.repository.js';
import {
  parseContent,
  parseExpectations,
  toDomainDraft,
  type StoredExpectations,
} from '../plans/plan-content.js';
import { gateError, hiddenOrForbidden, refusalError } from '../plans/plan-errors.js';
import { planningGate, ruleSetForPeriod, schoolLevelOf } from '../plans/plan-rules.js';
import { planSubject, resolveSupervision, withoutState } from '../plans/plan-supervision.js';
import { findPlanRow, type PlanRow } from '../plans/plans.repository.js';

/** A plan with everything a read or a write needs, already authorized for viewing. */
export type PlanScope = {
  row: PlanRow;
  employee: EmployeeContext;
  actor: Actor;
  ruleSet: RuleSet;
  catalogues: CatalogueSet;
  /** The catalogue version the plan pinned when started (issue 13 item 3). */
  catalogueVersion: CatalogueVersion;
  resolution: SupervisorResolution;
  subject: PolicySubject;
  content: PlanContent;
  expectations: StoredExpectations;
  /** 2026: a principal confirms the Tim Kinerja and the assessor first (domain.md §3.8). */
  isTeamRequired: boolean;
  now: Date;
  today: IsoDate;
};

/**
 * Parts of a scope a caller already holds and knows unchanged — a plan write answering with the
 * plan it just wrote (issue 15: no reload of the whole scope after the commit).
 */
export type KnownScopeParts = {
  /** The reader's actor, loaded for `actorPeriodId`. */
  actor?: Actor | undefined;
  actorPeriodId?: string | undefined;
  employee?: EmployeeContext | undefined;
};

/** The parts of a scope that a write of the plan's own row leaves as they were. */
export const knownPartsOf = (scope: PlanScope): KnownScopeParts => ({
  actor: scope.actor,
  actorPeriodId: scope.row.periodId,
  employee: scope.employee,
});

/** The known employee context when it is this plan's, and no write of the plan can change it. */
function reusableEmployee(row: PlanRow, known: KnownScopeParts | undefined) {
  const employee = known?.employee;
  // A principal's own plan status is in its own context (headPlanStatus, domain.md §2.4): reread.
  if (!employee || row.employeeKind === 'principal') return undefined;
  const isSame =
    employee.employeeId === row.employeeId &&
    employee.schoolId === row.schoolId &&
    employee.periodId === row.periodId;
  return isSame ? employee : undefined;
}

/** What a scope is built from: the rows read, the pinned catalogues and the request's instant. */
type ScopeParts = {
  row: PlanRow;
  employee: EmployeeContext;
  actor: Actor;
  pinned: { catalogues: CatalogueSet; version: CatalogueVersion };
  now: Date;
};

/** Builds a scope from what was read (authorization is the caller's). */
function assemblePlanContext(parts: ScopeParts): PlanScope {
  const { row, employee, actor, pinned } = parts;
  const ruleSet = ruleSetForPeriod(employee);
  const kind = row.employeeKind;
  const resolution = resolveSupervision({ facts: employee, ruleSet, kind });
  const subject = planSubject({
    ...employee,
    kind,
    facts: employee,
    resolution,
    state: row.status,
  });
  return {
    row,
    employee,
    actor,
    ruleSet,
    catalogues: pinned.catalogues,
    catalogueVersion: pinned.version,
    resolution,
    subject,
    content: parseContent(row.draftText),
    expectations: parseExpectations(row.expectationsText),
    isTeamRequired: confirmsPlanTeam(ruleSet, kind),
    now: parts.now,
    today: toIsoDate(parts.now),
  };
}

/** Builds a scope from what was read; 404/403 when the actor may not view the plan. */
function assemblePlanScope(parts: ScopeParts): PlanScope {
  const scope = assemblePlanContext(parts);
  if (!can(scope.actor, 'plan.view', scope.subject).allowed) {
    throw hiddenOrForbidden(scope.actor, 'plan.view');
  }
  return scope;
}

/** The employee context and actor of a plan row: reused when known, else read in one round trip. */
async function loadPeople(
  db: Db,
  row: PlanRow,
  options: { personId: string; known?: KnownScopeParts | undefined },
): Promise<{ employee: EmployeeContext; actor: Actor }> {
  const key = { personId: row.employeeId, periodId: row.periodId, schoolId: row.schoolId };
  const { known } = options;
  const knownEmployee = reusableEmployee(row, known);
  const isKnownActor =
    known?.actor?.personId === options.personId && known.actorPeriodId === row.periodId;
  const knownActor = isKnownActor ? known.actor : undefined;
  if (knownEmployee && knownActor) return { employee: knownEmployee, actor: knownActor };
  if (knownActor) {
    const employee = await findEmployeeContext(db, key);
    if (!employee) throw new Error(`plan ${row.id} has no employee context`);
    return { employee, actor: knownActor };
  }
  const both = await findContextAndActor(db, { ...key, actorId: options.personId });
  if (!both) throw new Error(`plan ${row.id} has no employee context`);
  return { employee: knownEmployee ?? both.employee, actor: both.actor };
}

/** Which plan to load for whom; `missing` is the 404 message when the plan does not exist. */
type PlanLoad = {
  planId: string;
  personId: string;
  now: Date;
  forUpdate?: boolean;
  known?: KnownScopeParts | undefined;
  missing?: string;
};

/**
 * Loads a plan with everything around it, locking it when asked, without judging who may see it
 * (the assessment and other modules authorize on their own). Two round trips: the plan row, then
 * its employee context with the reader's roles (issue 15); the pinned catalogues come from cache.
 */
export async function loadPlanContext(db: Db, options: PlanLoad): Promise<PlanScope> {
  const row = await findPlanRow(db, options.planId, { forUpdate: options.forUpdate ?? false });
  if (!row) throw notFound(options.missing ?? 'Perencanaan Kinerja tidak ditemukan.');
  const { employee, actor } = await loadPeople(db, row, options);
  // The plan reads the catalogues as they were when it was started (issue 13 item 3).
  const pinned = await loadPinnedCatalogues(db, row.periodId, row.catalogueRevision);
  return assemblePlanContext({ row, employee, actor, pinned, now: options.now });
}

/**
 * Loads a plan for a person (locking it when asked) and checks they may see it: 404 for someone
 * whose roles could see such plans elsewhere, 403 for roles that never can (architecture.md §5).
 */
export async function loadPlanScope(db: Db, options: PlanLoad): Promise<PlanScope> {
  const scope = await loadPlanContext(db, options);
  if (!can(scope.actor, 'plan.view', scope.subject).allowed) {
    throw hiddenOrForbidden(scope.actor, 'plan.view');
  }
  return scope;
}

/**
 * The scope as it is after a write of the plan's own row, built from what the write held (issue 15:
 * no reload after the commit). Undefined when the change reaches beyond what the scope knows.
 */
export function scopeAfterWrite(scope: PlanScope, row: PlanRow): PlanScope | undefined {
  if (row.catalogueRevision !== scope.row.catalogueRevision) return undefined;
  const { employee } = scope;
  // A principal's own plan status is part of its own context (headPlanStatus, domain.md §2.4).
  const isOwnHeadPlan = row.employeeKind === 'principal' && employee.headId === row.employeeId;
  const nextEmployee = isOwnHeadPlan ? { ...employee, headPlanStatus: row.status } : employee;
  const pinned = { catalogues: scope.catalogues, version: scope.catalogueVersion };
  const parts = { row, employee: nextEmployee, actor: scope.actor, pinned, now: scope.now };
  return assemblePlanScope(parts);
}

/** 403 unless the actor's role and scope allow the action on this plan (state not considered). */
export function requireScope(scope: PlanScope, action: PolicyAction, locale: Locale): void {
  const decision = can(scope.actor, action, withoutState(scope.subject));
  if (!decision.allowed) throw refusalError({ code: decision.reason }, locale);
}

/** 403 while planning is not open yet or locked out for the employee (domain.md §2.4). */
export function requireOpen(scope: PlanScope, action: 'edit' | 'submit', locale: Locale): void {
  const gate = planningGate({
    ruleSet: scope.ruleSet,
    today: scope.today,
    employee: scope.employee,
    employeeKind: scope.row.employeeKind,
    action,
    locale,
  });
  if (gate) throw gateError(gate);
}

/** Whether the data-diri (and, for 2026 principals, the team) confirmation counts as done. */
export function isPrePlanningConfirmed(scope: Pick<PlanScope, 'row' | 'isTeamRequired'>): boolean {
  const personal = scope.row.personalDataConfirmedAt !== null;
  return scope.isTeamRequired ? personal && scope.row.teamConfirmedAt !== null : personal;
}

/** The domain draft of the plan, with content replaced when a write brings new content. */
export function domainDraft(scope: PlanScope, content: PlanContent = scope.content): PlanDraft {
  return toDomainDraft({
    content,
    expectations: scope.expectations,
    periodVersion: scope.ruleSet.version,
    employeeKind: scope.row.employeeKind,
    schoolLevel: schoolLevelOf(scope.employee.jenjang),
    isPersonalDataConfirmed: isPrePlanningConfirmed(scope),
  });
}

/** The plan as the domain's command functions take it. */
export function planRecord(scope: PlanScope): PlanRecord {
  return {
    state: scope.row.status,
    draft: domainDraft(scope),
    isChangedByEmployee: scope.row.isChangedByEmployee,
    returnNote: scope.row.returnNote,
  };
}

/** The facts a domain plan command needs: rules, approval mode, today, extensions, catalogues. */
export function commandContext(scope: PlanScope): PlanCommandContext {
  return {
    ruleSet: scope.ruleSet,
    approval: scope.resolution.approval,
    today: scope.today,
    extensions: scope.employee.extensions,
    catalogues: scope.catalogues,
  };
}
