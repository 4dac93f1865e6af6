import type { PlanContent, PlanTab } from '@kinerja/contract';
import { applyPlanCommand, type Locale } from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import { canonicalJson } from './plan-content.js';
import { PlanVersionConflict, refusalError } from './plan-errors.js';
import {
  commandContext,
  domainDraft,
  planRecord,
  requireOpen,
  type PlanScope,
} from '../plan-context/plan-scope.js';
import { planAuditInsert, runPlanWrite, type PlanStep } from '../plan-context/plan-transaction.js';
import { storedStatus } from './plans.repository.js';

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
  onWritten?: ((scope: PlanScope) => void) | undefined;
};

/**
 * A save that changes no content: a retry of a save already applied (same Idempotency-Key and base
 * version) or content equal to the server's — harmless, only the last tab is remembered. Any other
 * save based on a stale version is a conflict (issue #4 item 8).
 */
function keepUnchanged(step: PlanStep, input: SaveDraftInput, isSameContent: boolean) {
  const { row } = step.scope;
  const isRetry =
    input.idempotencyKey !== undefined &&
    row.lastSaveKey === input.idempotencyKey &&
    row.lastSaveBaseVersion === input.version;
  if (!isRetry && !isSameContent) throw new PlanVersionConflict(row.id);
  // An empty patch writes nothing, yet lets the answer be built from the row held (issue 15).
  const isNewTab = input.lastTab !== undefined && input.lastTab !== row.lastTab;
  step.writePlan(isNewTab ? { lastTab: input.lastTab } : {});
  return 'unchanged' as const;
}

/** Queues the new draft, its version and the audit row (sent together by the write template). */
function storeDraft(
  step: PlanStep,
  input: SaveDraftInput,
  status: ReturnType<typeof storedStatus>,
) {
  const { scope, now } = step;
  const { row } = scope;
  step.writePlan({
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
  const audit = { scope, actorId: input.personId, action: 'plan.save_draft', after };
  step.send(planAuditInsert(step.trx, { ...audit, requestId: input.requestId }));
}

/**
 * "Simpan Draf" with optimistic concurrency: a stale version is refused with the server copy, so two
 * devices never overwrite each other silently; retries change nothing twice.
 */
export async function savePlanDraft(
  ctx: AppContext,
  input: SaveDraftInput,
): Promise<'saved' | 'unchanged'> {
  // No version or command for the template: a stale or equal save is decided here (keepUnchanged).
  const { version: _version, ...who } = input;
  return runPlanWrite(ctx, { ...who, action: 'plan.edit' }, async (step) => {
    const { scope } = step;
    const isSameContent = canonicalJson(scope.content) === canonicalJson(input.content);
    if (input.version !== scope.row.version || isSameContent) {
      return keepUnchanged(step, input, isSameContent);
    }
    requireOpen(scope, 'edit', input.locale);
    const result = applyPlanCommand({
      plan: planRecord(scope),
      command: { type: 'save_draft', draft: domainDraft(scope, input.content) },
      role: 'employee',
      context: commandContext(scope),
    });
    if (!result.ok) throw refusalError(result, input.locale);
    storeDraft(step, input, storedStatus(result.plan.state));
    return 'saved';
  });
}
