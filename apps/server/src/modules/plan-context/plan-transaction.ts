import {
  applyPlanCommand,
  can,
  type Locale,
  type ParticipantRole,
  type PlanCommand,
  type PlanRecord,
  type PolicyAction,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { auditInsert } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { PlanVersionConflict, refusalError } from '../plans/plan-errors.js';
import {
  commandContext,
  loadPlanScope,
  planRecord,
  requireScope,
  scopeAfterWrite,
  type PlanScope,
} from './plan-scope.js';
import { planUpdate, type PlanRow } from '../plans/plans.repository.js';
import { sendTogether, type WriteQuery } from './write-batch.js';

/** A change of the plan's own row, in the row's own types (JSON fields given as values). */
export type PlanRowPatch = Partial<
  Omit<PlanRow, 'draftText' | 'expectationsText' | 'approvedByName' | 'id'>
> & { draft?: unknown; supervisorExpectations?: unknown };

/**
 * What a plan write gets once the domain has accepted its command. Writes handed to `writePlan` and
 * `send` go to the database together, as one statement before the commit (issue 15).
 */
export type PlanStep = {
  trx: Db;
  scope: PlanScope;
  next: PlanRecord;
  now: Date;
  /** Queues the update of the plan's own row; the answer is built from it after the commit. */
  writePlan: (patch: PlanRowPatch) => unknown;
  /** Queues another write of the command (history, notification, outbox, audit). */
  send: (query: WriteQuery) => void;
};

/** A write on one plan: who, which policy action and domain command, and the version it is based on. */
export type PlanWrite = {
  planId: string;
  personId: string;
  locale: Locale;
  action: PolicyAction;
  /** The domain command and the participant role giving it; without one the caller's persist decides. */
  command?: PlanCommand;
  role?: ParticipantRole;
  version?: number | undefined;
  /** Extra checks after authorization, before the domain command (e.g. the planning window). */
  guard?: (scope: PlanScope) => void;
  /** Told the authorized scope, for an answer built without reloading it (issue 15). */
  onScope?: ((scope: PlanScope) => void) | undefined;
  /** Told the plan as it is after the commit, when the write knows it whole (no reload, issue 15). */
  onWritten?: ((scope: PlanScope) => void) | undefined;
};

/** The name of whoever a plan row says approved it, when the scope knows that person. */
function approverName(scope: PlanScope, approvedBy: string | null): string | null | undefined {
  if (approvedBy === null) return null;
  if (approvedBy === scope.row.approvedBy) return scope.row.approvedByName;
  const { employee } = scope;
  if (approvedBy === employee.headId) return employee.headName;
  if (approvedBy === employee.assessorId) return employee.assessorName;
  return undefined;
}

/** The plan row after the queued patch, or undefined when the scope cannot tell it whole. */
function rowAfter(scope: PlanScope, patch: PlanRowPatch): PlanRow | undefined {
  const { draft, supervisorExpectations, ...rest } = patch;
  const row = {
    ...scope.row,
    ...rest,
    draftText: draft === undefined ? scope.row.draftText : JSON.stringify(draft),
    expectationsText:
      supervisorExpectations === undefined
        ? scope.row.expectationsText
        : JSON.stringify(supervisorExpectations),
  };
  const name = approverName(scope, row.approvedBy);
  return name === undefined ? undefined : { ...row, approvedByName: name };
}

/** The queue of one command's writes; patches of the plan row merge into one UPDATE. */
function writeQueue(trx: Db, planId: string) {
  const queries: WriteQuery[] = [];
  let patch: PlanRowPatch | undefined;
  return {
    writePlan: (more: PlanRowPatch) => (patch = { ...patch, ...more }),
    send: (query: WriteQuery) => void queries.push(query),
    // One statement may update a row only once (PostgreSQL), hence the merged patch.
    all: () =>
      patch && Object.keys(patch).length > 0
        ? [...queries, planUpdate(trx, planId, patch)]
        : queries,
    patch: () => patch,
  };
}

/**
 * Runs a plan write in one transaction: lock the row, authorize, check the version, apply the
 * domain command, then let the caller queue its writes (plan row, history, notification, audit),
 * sent as one statement; the answer is built from what the write holds (issue 15).
 */
export async function runPlanWrite<T>(
  ctx: AppContext,
  write: PlanWrite,
  persist: (step: PlanStep) => Promise<T>,
): Promise<T> {
  let after: PlanScope | undefined;
  const result = await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const scope = await loadPlanScope(trx, { ...write, now, forUpdate: true });
    requireScope(scope, write.action, write.locale);
    write.onScope?.(scope);
    if (write.version !== undefined && write.version !== scope.row.version) {
      throw new PlanVersionConflict(scope.row.id);
    }
    write.guard?.(scope);
    const queue = writeQueue(trx, scope.row.id);
    const step = { trx, scope, now, writePlan: queue.writePlan, send: queue.send };
    let next = planRecord(scope);
    if (write.command) {
      const decided = applyPlanCommand({
        plan: next,
        command: write.command,
        role: write.role ?? 'employee',
        context: commandContext(scope),
      });
      if (!decided.ok) throw refusalError(decided, write.locale);
      next = decided.plan;
    }
    const value = await persist({ ...step, next });
    await sendTogether(trx, queue.all());
    const patch = queue.patch();
    const row = patch && rowAfter(scope, patch);
    after = row && scopeAfterWrite(scope, row);
    return value;
  });
  if (after) write.onWritten?.(after);
  return result;
}

/** The audit row of a plan change: state and version before, what changed after. */
export function planAuditInsert(
  trx: Db,
  options: {
    scope: PlanScope;
    actorId: string;
    action: string;
    after: Record<string, unknown>;
    requestId: string;
  },
): WriteQuery {
  const { row } = options.scope;
  return auditInsert(trx, {
    at: options.scope.now,
    actorId: options.actorId,
    action: options.action,
    entityType: 'plan',
    entityId: row.id,
    before: { version: row.version, status: row.status },
    after: options.after,
    requestId: options.requestId,
  });
}

/** Writes the audit row of a plan change now (writes that are not queued). */
export async function auditPlan(
  trx: Db,
  options: Parameters<typeof planAuditInsert>[1],
): Promise<void> {
  await planAuditInsert(trx, options).execute();
}

/** 409 (or 403) unless the plan's state lets the actor do the action now (domain plan machine via `can`). */
export function requireState(scope: PlanScope, action: PolicyAction, locale: Locale): void {
  const decision = can(scope.actor, action, scope.subject);
  if (!decision.allowed) {
    throw refusalError(
      { code: decision.reason, params: { action, state: scope.row.status } },
      locale,
    );
  }
}

/** The name of the person deciding: the school head for teachers, the Dinas assessor for principals. */
export function deciderName(scope: PlanScope, fallback: string): string {
  const { employee } = scope;
  const name = scope.actor.personId === employee.headId ? employee.headName : employee.assessorName;
  return name ?? fallback;
}
