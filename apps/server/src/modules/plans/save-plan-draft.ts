import type { PlanContent, PlanTab } from '@kinerja/contract';
import { applyPlanCommand, type Locale } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import type { AppContext } from '../../lib/context.js';
import { canonicalJson } from './plan-content.js';
import { PlanVersionConflict, refusalError } from './plan-errors.js';
import {
  commandContext,
  domainDraft,
  loadPlanScope,
  planRecord,
  requireOpen,
  requireScope,
  type PlanScope,
} from '../plan-context/plan-scope.js';
import { auditPlan } from '../plan-context/plan-transaction.js';
import { storedStatus, updatePlan, type StoredStatus } from './plans.repository.js';

/** A "Simpan Draf" request: the whole content based on the version the client last read. */
export type SaveDraftInput = {
  planId: string;
  personId: string;
  version: number;
  content: PlanContent;
  lastTab?: PlanTab | undefined;
  idempotencyKey?: string | undefined;
  requestId: string;
  locale: Locale;
  onScope?: ((scope: PlanScope) => void) | undefined;
};

/**
 * A save that changes no content: a retry of a save already applied (same Idempotency-Key and base
 * version) or content equal to the server's — harmless, only the last tab is remembered. Any other
 * save based on a stale version is a conflict (issue #4 item 8).
 */
async function keepUnchanged(
  trx: Db,
  scope: PlanScope,
  input: SaveDraftInput,
  isSameContent: boolean,
) {
  const { row } = scope;
  const isRetry =
    input.idempotencyKey !== undefined &&
    row.lastSaveKey === input.idempotencyKey &&
    row.lastSaveBaseVersion === input.version;
  if (!isRetry && !isSameContent) throw new PlanVersionConflict(row.id);
  if (input.lastTab && input.lastTab !== row.lastTab) {
    await updatePlan(trx, row.id, { lastTab: input.lastTab });
  }
  return 'unchanged' as const;
}

async function storeDraft(
  trx: Db,
  options: { scope: PlanScope; input: SaveDraftInput; status: StoredStatus; now: Date },
) {
  const { scope, input, status, now } = options;
  const { row } = scope;
  await updatePlan(trx, row.id, {
    // The domain checked the draft's identity; the stored content is exactly what was typed.
    draft: input.content,
    status,
    version: row.version + 1,
    lastSaveKey: input.idempotencyKey ?? null,
    lastSaveBaseVersion: input.version,
    updatedAt: now,
    ...(input.lastTab ? { lastTab: input.lastTab } : {}),
  });
  const after = { version: row.version + 1, status, content: input.content };
  await auditPlan(trx, {
    scope,
    actorId: input.personId,
    action: 'plan.save_draft',
    after,
    requestId: input.requestId,
  });
}

/**
 * "Simpan Draf" with optimistic concurrency: a stale version is refused with the server copy, so two
 * devices never overwrite each other silently; retries change nothing twice.
 */
export async function savePlanDraft(
  ctx: AppContext,
  input: SaveDraftInput,
): Promise<'saved' | 'unchanged'> {
  return ctx.db.transaction().execute(async (trx) => {
    const scope = await loadPlanScope(trx, { ...input, now: ctx.clock(), forUpdate: true });
    requireScope(scope, 'plan.edit', input.locale);
    input.onScope?.(scope);
    const isSameContent = canonicalJson(scope.content) === canonicalJson(input.content);
    if (input.version !== scope.row.version || isSameContent) {
      return keepUnchanged(trx, scope, input, isSameContent);
    }
    requireOpen(scope, 'edit', input.locale);
    const result = applyPlanCommand({
      plan: planRecord(scope),
      command: { type: 'save_draft', draft: domainDraft(scope, input.content) },
      role: 'employee',
      context: commandContext(scope),
    });
    if (!result.ok) throw refusalError(result, input.locale);
    await storeDraft(trx, {
      scope,
      input,
      status: storedStatus(result.plan.state),
      now: ctx.clock(),
    });
    return 'saved';
  });
}
