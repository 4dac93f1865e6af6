import { moveTo, refuse, type ParticipantRole, type Transition } from '../common/transition';
import type { CatalogueSet } from '../catalogues/registry';
import { duplicatesOf } from '../plan/plan-problem';
import type { EmployeeKind } from '../plan/plan-draft';
import type { RuleSet } from '../rule-sets/rule-set';
import {
  applyDocumentCommand,
  type DocumentCommand,
  type DocumentCommandResult,
  type ExecutionDocument,
} from './document-commands';
import type { DocumentState } from './document-machine';
import type { EvidenceProblem } from './evidence-rules';

/** Longest refleksi hasil belajar we keep (about three pages) [I] — domain.md §3.6. */
export const REFLECTION_MAX_LENGTH = 5000;

/** The written documents of 2025+: Pengembangan Kompetensi and Pelaksanaan Tugas Pokok — domain.md §3.6. */
export const WRITTEN_DOCUMENT_KINDS = ['competency_reflection', 'main_duties_checklist'] as const;

/** A written document kind. */
export type WrittenDocumentKind = (typeof WRITTEN_DOCUMENT_KINDS)[number];

// The checklist holds the tugas pokok of the approved plan only ("mencentang tugas yang telah
// dilaksanakan") [C] SEED4 — domain.md §3.5, §3.6.
function planProblems(options: {
  command: DocumentCommand;
  planDutyCodes: readonly string[];
}): EvidenceProblem[] {
  const { command, planDutyCodes } = options;
  if (command.type !== 'save_draft') return [];
  const { content } = command;
  if (content.type === 'reflection') {
    return content.text.length > REFLECTION_MAX_LENGTH
      ? [{ code: 'REFLECTION_TOO_LONG', params: { max: REFLECTION_MAX_LENGTH } }]
      : [];
  }
  if (content.type !== 'checklist') return [];
  const codes = content.completedDutyCodes;
  return [
    ...duplicatesOf(codes).map((code) => ({ code: 'DUPLICATE_CODE' as const, params: { code } })),
    ...codes
      .filter((code) => !planDutyCodes.includes(code))
      .map((code) => ({ code: 'MAIN_DUTY_NOT_IN_PLAN' as const, params: { code } })),
  ];
}

/**
 * "Simpan Draf" / "Kirim ke Atasan" on a written document: the document machine and its content
 * rules, plus the rules that need the plan (its tugas pokok) and the reflection's length.
 */
export function applyWrittenDocumentCommand(options: {
  document: ExecutionDocument;
  command: DocumentCommand;
  role: ParticipantRole;
  ruleSet: RuleSet;
  catalogues?: CatalogueSet;
  employeeKind?: EmployeeKind;
  planDutyCodes: readonly string[];
}): DocumentCommandResult {
  const result = applyDocumentCommand(options);
  if (!result.ok) return result;
  const problems = planProblems(options);
  const [first] = problems;
  if (first) return { ok: false, code: first.code, params: first.params, problems };
  return result;
}

/**
 * The atasan confirms that the dokumen akuntabilitas exist (kept outside the system; 2026: only
 * their availability) once the checklist is sent — domain.md §3.5, §3.7. Confirmed once.
 */
export function confirmAccountability(options: {
  role: ParticipantRole;
  state: DocumentState;
  isConfirmed: boolean;
}): Transition<'confirmed'> {
  if (options.role !== 'supervisor') return refuse('ROLE_NOT_ALLOWED');
  if (options.state !== 'sent') return refuse('ACCOUNTABILITY_NOT_SENT');
  if (options.isConfirmed) return refuse('ACCOUNTABILITY_ALREADY_CONFIRMED');
  return moveTo('confirmed');
}
