import type { PlanContent, PlanTab } from '@kinerja/contract';
import { applyPlanCommand, type Locale } from '@kinerja/domain';
import { writeAudit } from '../../lib/audit.js';
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
} from './plan-scope.js';
import { updatePlan, storedStatus } from './plans.repository.js';

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
};

/** A retry of a save that already happened, or a stale save that would change nothing. */
function isHarmlessRepeat(scope: PlanScope, input: SaveDraftInput, isSameContent: boolean) {
  const { row } = scope;
  const isSameKey =
    input.idempotencyKey !== undefined &&
    row.lastSaveKey === input.idempotencyKey &&
    row.lastSaveBaseVersion === input.version;
  return isSameKey || isSameContent;
}

/**
 * "Simpan Draf" with optimistic concurrency (issue #4 item 8): a stale version is refused with the
 * server copy, so two devices never overwrite each other silently; retries change nothing twice.
 */
export async function savePlanDraft(
  ctx: AppContext,
  input: SaveDraftInput,
): Promise<'saved' | 'unchanged'> {
  return ctx.db.transaction().execute(async (trx) => {
    const scope = await loadPlanScope(trx, { ...input, now: ctx.clock(), forUpdate: true });
    requireScope(scope, 'plan.edit', input.locale);
    const { row } = scope;
    const isSameContent = canonicalJson(scope.content) === canonicalJson(input.content);
    const tabPatch =
      input.lastTab && input.lastTab !== row.lastTab ? { lastTab: input.lastTab } : null;
    if (input.version !== row.version || isSameContent) {
      if (!isHarmlessRepeat(scope, input, isSameContent)) throw new PlanVersionConflict(row.id);
      if (tabPatch) await updatePlan(trx, row.id, tabPatch);
      return 'unchanged';
    }
    requireOpen(scope, 'edit', input.locale);
    const result = applyPlanCommand({
      plan: planRecord(scope),
      command: { type: 'save_draft', draft: domainDraft(scope, input.content) },
      role: 'employee',
      context: commandContext(scope),
    });
    if (!result.ok) throw refusalError(result, input.locale);
    const now = ctx.clock();
    await updatePlan(trx, row.id, {
      // The domain checked the draft's identity; the stored content is exactly what was typed.
      draft: input.content,
      status: storedStatus(result.plan.state),
      version: row.version + 1,
      lastSaveKey: input.idempotencyKey ?? null,
      lastSaveBaseVersion: input.version,
      updatedAt: now,
      ...(tabPatch ?? {}),
    });
    await writeAudit(trx, {
      actorId: input.personId,
      action: 'plan.save_draft',
      entityType: 'plan',
      entityId: row.id,
      before: { version: row.version, status: row.status, content: scope.content },
      after: { version: row.version + 1, status: storedStatus(result.plan.state), content: input.content },
      requestId: input.requestId,
    });
    return 'saved';
  });
}
