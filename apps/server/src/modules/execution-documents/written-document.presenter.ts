import type { WrittenDocument } from '@kinerja/contract';
import {
  mainDutiesFor,
  DOCUMENT_STATE_LABELS,
  REFLECTION_MAX_LENGTH,
  findByCode,
  type Locale,
  type RuleSet,
  type WrittenDocumentKind,
} from '@kinerja/domain';
import {
  gateOf,
  isDocumentSupervisor,
  isEmployee,
  type ExecutionScope,
} from './execution-scope.js';
import type { WrittenDocumentRow } from './written-documents.repository.js';

/** Official names of the documents — domain.md §3.6 [C] SEED4. */
export const DOCUMENT_LABELS: { readonly [K in WrittenDocumentKind]: { id: string; en: string } } =
  {
    competency_reflection: {
      id: 'Dokumen Pengembangan Kompetensi',
      en: 'Competency development document',
    },
    main_duties_checklist: {
      id: 'Dokumen Pelaksanaan Tugas Pokok',
      en: 'Main duties document',
    },
  };

// 2025: the guru may show proof to the atasan; 2026: the atasan only confirms availability of the
// dokumen akuntabilitas kept outside the system (e.g. KSP, attendance) — domain.md §3.5, §3.6, §3.7.
function accountabilityDescription(ruleSet: RuleSet, locale: Locale): string {
  if (ruleSet.accountabilityDocuments === 'kept_outside_system') {
    return locale === 'en'
      ? 'The supervisor confirms that the accountability documents (e.g. the school curriculum, attendance lists) are available; they stay outside the system.'
      : 'Atasan mengonfirmasi ketersediaan dokumen akuntabilitas (mis. KSP, daftar hadir) yang disimpan di luar sistem.';
  }
  return locale === 'en'
    ? 'The supervisor confirms the accountability documents of the main duties; the employee may show them in person, nothing is uploaded.'
    : 'Atasan mengonfirmasi dokumen akuntabilitas tugas pokok; guru dapat menunjukkan bukti pelaksanaan secara langsung, tanpa unggah dokumen.';
}

function checklistOf(scope: ExecutionScope, row: WrittenDocumentRow | undefined) {
  const { dutyCodes, focusCode } = scope.content.mainDuties;
  const catalogue = mainDutiesFor(scope.catalogues, scope.row.employeeKind);
  const completed = row?.content.type === 'checklist' ? row.content.completedDutyCodes : [];
  return {
    duties: dutyCodes.map((code) => ({
      code,
      name: findByCode(catalogue, code)?.name ?? code,
      isFocus: code === focusCode,
      isCompleted: completed.includes(code),
    })),
  };
}

/** One written document of the plan as the API returns it, with the buttons the viewer may use. */
export function presentWrittenDocument(options: {
  scope: ExecutionScope;
  kind: WrittenDocumentKind;
  row: WrittenDocumentRow | undefined;
  locale: Locale;
}): WrittenDocument {
  const { scope, kind, row, locale } = options;
  const state = row?.state ?? 'empty';
  const isOpen = gateOf(scope).ok && scope.supervisorId !== null;
  const canWrite = isOpen && isEmployee(scope, 'evidence.upload') && state !== 'sent';
  const isChecklist = kind === 'main_duties_checklist';
  const isConfirmed = row?.confirmedAt != null;
  return {
    planId: scope.row.id,
    kind,
    label: DOCUMENT_LABELS[kind][locale],
    state,
    stateLabel: DOCUMENT_STATE_LABELS[state][locale],
    version: row?.version ?? 0,
    reflection:
      kind === 'competency_reflection'
        ? {
            text: row?.content.type === 'reflection' ? row.content.text : '',
            maxLength: REFLECTION_MAX_LENGTH,
          }
        : null,
    checklist: isChecklist ? checklistOf(scope, row) : null,
    accountability: isChecklist
      ? {
          isConfirmed,
          confirmedAt: row?.confirmedAt?.toISOString() ?? null,
          confirmedBy:
            row?.confirmedBy != null
              ? { id: row.confirmedBy, name: row.confirmedByName ?? '-' }
              : null,
          note: row?.confirmationNote ?? null,
          description: accountabilityDescription(scope.ruleSet, locale),
        }
      : null,
    sentAt: row?.sentAt?.toISOString() ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    abilities: {
      canSaveDraft: canWrite,
      canSend: canWrite && state === 'draft',
      canConfirmAccountability:
        isOpen && isChecklist && state === 'sent' && !isConfirmed && isDocumentSupervisor(scope),
    },
  };
}
