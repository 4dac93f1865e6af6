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
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { PlanVersionConflict, refusalError } from '../plans/plan-errors.js';
import {
  commandContext,
  loadPlanScope,
  planRecord,
  requireScope,
  type PlanScope,
} from './plan-scope.js';

/** What a plan write gets once the domain has accepted its command. */
export type PlanStep = { trx: Db; scope: PlanScope; next: PlanRecord; now: Date };

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
};

/**
 * Runs a plan write in one transaction: lock the row, authorize, check the version, apply the
 * domain command, then let the caller persist, notify and audit with the same transaction.
 */
export async function runPlanWrite<T>(
  ctx: AppContext,
  write: PlanWrite,
  persist: (step: PlanStep) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const scope = await loadPlanScope(trx, { ...write, now, forUpdate: true });
    requireScope(scope, write.action, write.locale);
    write.onScope?.(scope);
    if (write.version !== undefined && write.version !== scope.row.version) {
      throw new PlanVersionConflict(scope.row.id);
    }
    write.guard?.(scope);
    if (!write.command) return persist({ trx, scope, next: planRecord(scope), now });
    const result = applyPlanCommand({
      plan: planRecord(scope),
      command: write.command,
      role: write.role ?? 'employee',
      context: commandContext(scope),
    });
    if (!result.ok) throw refusalError(result, write.locale);
    return persist({ trx, scope, next: result.plan, now });
  });
}

/** The audit row of a plan change: state and version before, what changed after. */
export async function auditPlan(
  trx: Db,
  options: {
    scope: PlanScope;
    actorId: string;
    action: string;
    after: Record<string, unknown>;
    requestId: string;
  },
): Promise<void> {
  const { row } = options.scope;
  await writeAudit(trx, {
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
