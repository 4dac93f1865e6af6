import { moveTo, refuse, type ParticipantRole, type Transition } from '../common/transition';
import type { LocalizedText } from '../i18n/locale';
import type { DocumentKind } from '../rule-sets/rule-set';

/** States of an execution document — domain.md §3.10 (KOSONG → DRAF → DIKUMPULKAN/TERKIRIM). */
export const DOCUMENT_STATES = ['empty', 'draft', 'collected', 'sent'] as const;

/** A document state. */
export type DocumentState = (typeof DOCUMENT_STATES)[number];

/** Actions on a document: "Simpan Draf", "Kumpulkan", "Kirim ke Atasan". */
export const DOCUMENT_ACTIONS = ['save_draft', 'collect', 'send'] as const;

/** A document action. */
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];

/** Status labels from the guides — domain.md §3.4, §3.6. */
export const DOCUMENT_STATE_LABELS: { readonly [S in DocumentState]: LocalizedText } = {
  empty: { id: 'Belum diisi', en: 'Empty' },
  draft: { id: 'Draf', en: 'Draft' },
  collected: { id: 'Dikumpulkan', en: 'Collected' },
  sent: { id: 'Terkirim', en: 'Sent' },
};

// Uploads end with "Kumpulkan" (2024); written documents with "Kirim ke Atasan" (2025+) — domain.md §3.4, §3.6.
const FINAL_ACTION: { readonly [K in DocumentKind]: 'collect' | 'send' } = {
  competency_evidence: 'collect',
  additional_duty_evidence: 'collect',
  competency_reflection: 'send',
  main_duties_checklist: 'send',
};

/** The action that finalizes a document of a kind: "Kumpulkan" or "Kirim ke Atasan". */
export function finalDocumentAction(kind: DocumentKind): 'collect' | 'send' {
  return FINAL_ACTION[kind];
}

/** Whether a state is final: collected or sent documents are immutable — domain.md §3.4, §3.6. */
export function isDocumentLocked(state: DocumentState): boolean {
  return state === 'collected' || state === 'sent';
}

/** The document state machine: kind × role × state × action → next state or a coded refusal. */
export function transitionDocument(options: {
  kind: DocumentKind;
  state: DocumentState;
  role: ParticipantRole;
  action: DocumentAction;
}): Transition<DocumentState> {
  const { kind, state, role, action } = options;
  if (role !== 'employee') return refuse('ROLE_NOT_ALLOWED');
  if (action !== 'save_draft' && action !== FINAL_ACTION[kind]) {
    return refuse('DOCUMENT_ACTION_NOT_FOR_KIND', { action });
  }
  if (isDocumentLocked(state)) return refuse('DOCUMENT_LOCKED');
  if (action === 'save_draft') return moveTo('draft');
  if (state === 'empty') return refuse('DOCUMENT_EMPTY');
  return moveTo(action === 'collect' ? 'collected' : 'sent');
}
