import {
  can,
  evidenceSlotsOf,
  executionGate,
  executionWindow,
  type DocumentKind,
  type Locale,
  type PolicyAction,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { notFound } from '../../lib/app-error.js';
import { domainDraft, loadPlanScope, type PlanScope } from '../plan-context/plan-scope.js';
import { withoutState } from '../plans/plan-supervision.js';
import { evidenceRefusal, slotVersionConflict } from './evidence-errors.js';
import {
  findPlanSlot,
  insertMissingSlots,
  listPlanSlots,
  type SlotPlanKeys,
  type SlotRow,
} from './evidence-slots.repository.js';

/** The plan keys its slots copy. */
export const slotKeysOf = (scope: PlanScope): SlotPlanKeys => ({
  planId: scope.row.id,
  periodId: scope.row.periodId,
  employeeId: scope.row.employeeId,
  schoolId: scope.row.schoolId,
  provinceCode: scope.row.provinceCode,
});

/** Whether the plan is an approved plan of a period with uploads (2024) — domain.md §3.4. */
export const hasEvidenceSlots = (scope: PlanScope): boolean =>
  scope.row.status === 'approved' && scope.ruleSet.evidence.mode === 'upload';

/**
 * The slots of a plan, creating the missing current ones of an approved 2024 plan first
 * ("jumlah dokumen … bersumber dari Rencana Hasil Kerja yang telah disetujui" — domain.md §3.4).
 */
export async function ensurePlanSlots(db: Db, scope: PlanScope): Promise<SlotRow[]> {
  const existing = await listPlanSlots(db, scope.row.id);
  if (!hasEvidenceSlots(scope)) return existing;
  const specs = evidenceSlotsOf({ draft: domainDraft(scope), ruleSet: scope.ruleSet });
  const keys = slotKeysOf(scope);
  const inserted = await insertMissingSlots(db, { keys, specs, existing, now: scope.now });
  return inserted > 0 ? listPlanSlots(db, scope.row.id) : existing;
}

/** A plan viewable by the person, with evidence.view checked (404 for what is private). */
export async function loadEvidenceScope(
  db: Db,
  input: { planId: string; personId: string; now: Date; forUpdate?: boolean },
): Promise<PlanScope> {
  // plan.view and evidence.view have the same reach: owner, supervisor, Tim Kinerja, Dinas, admin.
  const scope = await loadPlanScope(db, input);
  if (!can(scope.actor, 'evidence.view', withoutState(scope.subject)).allowed) {
    throw notFound('Bukti dukung tidak ditemukan.');
  }
  return scope;
}

/** A write on one slot, authorized and checked against the plan, the window and the slot. */
export type SlotWrite = { scope: PlanScope; slot: SlotRow };

/** 403 unless the actor may do a slot action on this plan (role and scope, not state). */
export function requireEvidenceAction(
  scope: PlanScope,
  action: PolicyAction,
  kind: DocumentKind,
  locale: Locale,
): void {
  const decision = can(scope.actor, action, { ...withoutState(scope.subject), documentKind: kind });
  if (!decision.allowed) throw evidenceRefusal({ code: decision.reason }, locale);
}

/** 409/403 unless the plan is approved and today is inside the person's execution window (domain.md §2.4, §3.10). */
export function requireExecutionOpen(scope: PlanScope, locale: Locale): void {
  const window = executionWindow({
    ruleSet: scope.ruleSet,
    today: scope.today,
    extensions: scope.employee.extensions,
  });
  const gate = executionGate({ planState: scope.row.status, window, today: scope.today });
  if (!gate.ok) throw evidenceRefusal(gate, locale);
}

/**
 * Loads a slot for a write by its owner: authorized, plan approved and in the execution window,
 * slot current and of this plan, at the version the client saw. Locks plan and slot when asked.
 */
export async function loadSlotWrite(
  db: Db,
  input: {
    planId: string;
    slotId: string;
    personId: string;
    now: Date;
    action: 'evidence.upload' | 'evidence.collect';
    version?: number | undefined;
    locale: Locale;
    forUpdate?: boolean;
  },
): Promise<SlotWrite> {
  const scope = await loadEvidenceScope(db, input);
  const slot = await findPlanSlot(db, input, { forUpdate: input.forUpdate ?? false });
  if (!slot) throw notFound('Slot bukti dukung tidak ditemukan.');
  requireEvidenceAction(scope, input.action, slot.kind, input.locale);
  if (scope.ruleSet.evidence.mode !== 'upload') {
    throw evidenceRefusal({ code: 'EVIDENCE_UPLOAD_NOT_ALLOWED' }, input.locale);
  }
  if (slot.supersededAt !== null) {
    throw evidenceRefusal({ code: 'EVIDENCE_SLOT_SUPERSEDED' }, input.locale);
  }
  if (slot.state === 'collected') throw evidenceRefusal({ code: 'DOCUMENT_LOCKED' }, input.locale);
  requireExecutionOpen(scope, input.locale);
  if (input.version !== undefined && input.version !== slot.version) {
    throw slotVersionConflict(input.locale);
  }
  return { scope, slot };
}
