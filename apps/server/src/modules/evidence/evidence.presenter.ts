import type { EvidenceListResponse, EvidenceSlot } from '@kinerja/contract';
import {
  can,
  competencyActivityCount,
  DOCUMENT_STATE_LABELS,
  evidenceSlotKey,
  evidenceProgress,
  evidenceSlotsOf,
  executionGate,
  executionWindow,
  type Locale,
} from '@kinerja/domain';
import { domainDraft, type PlanScope } from '../plan-context/plan-scope.js';
import { withoutState } from '../plans/plan-supervision.js';
import type { SlotRow } from './evidence-slots.repository.js';
import { DOCUMENT_KIND_LABELS, slotTitle } from './evidence-titles.js';

/** Where a slot's file is served ("Cek"). */
export const slotFileUrl = (slot: Pick<SlotRow, 'planId' | 'id'>): string =>
  `/api/plans/${slot.planId}/evidence/${slot.id}/file`;

function isExecutionOpen(scope: PlanScope): boolean {
  const window = executionWindow({
    ruleSet: scope.ruleSet,
    today: scope.today,
    extensions: scope.employee.extensions,
  });
  return executionGate({ planState: scope.row.status, window, today: scope.today }).ok;
}

function abilities(scope: PlanScope, slot: SlotRow, isOpen: boolean): EvidenceSlot['abilities'] {
  const subject = { ...withoutState(scope.subject), documentKind: slot.kind };
  const isEditable = isOpen && slot.supersededAt === null && slot.state !== 'collected';
  const canUpload = isEditable && can(scope.actor, 'evidence.upload', subject).allowed;
  return {
    canUpload,
    canUseKarya: canUpload && slot.kind === 'competency_evidence',
    canSaveDraft: canUpload && slot.state === 'draft' && slot.kind === 'competency_evidence',
    canCollect:
      isEditable && slot.state === 'draft' && can(scope.actor, 'evidence.collect', subject).allowed,
    canView: slot.fileHash !== null,
  };
}

/** One slot as the API shows it. */
export function presentSlot(
  scope: PlanScope,
  slot: SlotRow,
  locale: Locale,
  isOpen = isExecutionOpen(scope),
): EvidenceSlot {
  const facts = slotTitle(scope, slot, locale);
  const hasFile = slot.fileHash && slot.fileName && slot.sizeBytes && slot.fileSource;
  return {
    id: slot.id,
    kind: slot.kind,
    code: slot.code,
    instance: slot.instance,
    // An activity planned n times has n slots (domain.md §4.5); superseded ones keep their number.
    instanceCount:
      slot.kind === 'competency_evidence'
        ? Math.max(
            slot.instance,
            competencyActivityCount(scope.content.competencyRhkCodes, slot.code),
          )
        : 1,
    title: facts.title,
    points: facts.points,
    skReference: slot.skReference,
    state: slot.state,
    stateLabel: DOCUMENT_STATE_LABELS[slot.state][locale],
    version: slot.version,
    file: hasFile
      ? {
          name: slot.fileName!,
          sizeBytes: slot.sizeBytes!,
          sha256: slot.fileHash!,
          source: slot.fileSource!,
          karyaId: slot.karyaId,
          uploadedAt: (slot.uploadedAt ?? slot.updatedAt).toISOString(),
          url: slotFileUrl(slot),
        }
      : null,
    certificate: slot.documentKind
      ? {
          kind: slot.documentKind,
          kindLabel: DOCUMENT_KIND_LABELS[slot.documentKind][locale],
          issuedOn: slot.issuedOn,
        }
      : null,
    acceptedKinds: facts.acceptedKinds,
    changedByEmployee: slot.changedByEmployee,
    supersededAt: slot.supersededAt?.toISOString() ?? null,
    collectedAt: slot.collectedAt?.toISOString() ?? null,
    updatedAt: slot.updatedAt.toISOString(),
    abilities: abilities(scope, slot, isOpen),
  };
}

/** The evidence page of a plan: current slots, history (superseded), rules and progress. */
export function presentEvidence(
  scope: PlanScope,
  slots: readonly SlotRow[],
  locale: Locale,
): EvidenceListResponse {
  const isOpen = isExecutionOpen(scope);
  // Current slots in plan order: competency RHKs as chosen, then additional duties.
  const order = evidenceSlotsOf({ draft: domainDraft(scope), ruleSet: scope.ruleSet }).map(
    evidenceSlotKey,
  );
  const rank = (slot: SlotRow) => {
    const index = order.indexOf(evidenceSlotKey(slot));
    return index === -1 ? order.length : index;
  };
  const current = slots
    .filter((slot) => slot.supersededAt === null)
    .sort((a, b) => rank(a) - rank(b));
  const history = slots
    .filter((slot) => slot.supersededAt !== null)
    .sort((a, b) => b.supersededAt!.getTime() - a.supersededAt!.getTime());
  const rule = scope.ruleSet.evidence;
  return {
    planId: scope.row.id,
    periodId: scope.row.periodId,
    periodLabel: scope.employee.periodLabel,
    employee: { id: scope.row.employeeId, name: scope.employee.employeeName },
    isOwner: scope.actor.personId === scope.row.employeeId,
    rules: {
      maxBytes: rule.mode === 'upload' ? rule.maxBytes : 0,
      certificateIssuedOnOrAfter: rule.mode === 'upload' ? rule.certificateIssuedOnOrAfter : '',
      fileNameHeader: 'x-file-name',
    },
    progress: evidenceProgress(current.map((slot) => slot.state)),
    slots: current.map((slot) => presentSlot(scope, slot, locale, isOpen)),
    history: history.map((slot) => presentSlot(scope, slot, locale, isOpen)),
  };
}
