import { findByCode } from '../catalogues/catalogue';
import { requireCatalogue, seedCatalogues, type CatalogueSet } from '../catalogues/registry';
import { mainDutiesFor } from '../plan/employee-catalogues';
import type { EmployeeKind } from '../plan/plan-draft';
import type { ParticipantRole } from '../common/transition';
import type { MessageCode, MessageParams } from '../errors/messages';
import type { DocumentKind, RuleSet } from '../rule-sets/rule-set';
import { transitionDocument, type DocumentState } from './document-machine';
import {
  validateEvidenceFile,
  validateEvidenceSource,
  type EvidenceFile,
  type EvidenceProblem,
  type EvidenceSource,
} from './evidence-rules';

/** What a document holds: an upload (2024), a reflection or a checklist (2025+) — domain.md §3.4, §3.6. */
export type DocumentContent =
  | { readonly type: 'upload'; readonly file: EvidenceFile; readonly source: EvidenceSource | null }
  | { readonly type: 'reflection'; readonly text: string }
  | { readonly type: 'checklist'; readonly completedDutyCodes: readonly string[] };

/** An execution document; competency evidence belongs to one RHK. */
export type ExecutionDocument = {
  readonly kind: DocumentKind;
  readonly state: DocumentState;
  readonly rhkCode: string | null;
  readonly content: DocumentContent | null;
};

/** A command on a document. */
export type DocumentCommand =
  | { readonly type: 'save_draft'; readonly content: DocumentContent }
  | { readonly type: 'collect' }
  | { readonly type: 'send' };

/** The document after a command, or a coded refusal listing every problem found. */
export type DocumentCommandResult =
  | { readonly ok: true; readonly document: ExecutionDocument }
  | {
      readonly ok: false;
      readonly code: MessageCode;
      readonly params: MessageParams;
      readonly problems: readonly EvidenceProblem[];
    };

type Options = {
  document: ExecutionDocument;
  command: DocumentCommand;
  role: ParticipantRole;
  ruleSet: RuleSet;
  catalogues?: CatalogueSet;
  /** Whose tugas pokok a checklist holds (default: a teacher's) — domain.md §3.8. */
  employeeKind?: EmployeeKind;
};

const CONTENT_TYPE: { readonly [K in DocumentKind]: DocumentContent['type'] } = {
  competency_evidence: 'upload',
  additional_duty_evidence: 'upload',
  competency_reflection: 'reflection',
  main_duties_checklist: 'checklist',
};

function acceptedKinds(options: Options) {
  const rule = options.ruleSet.competency;
  if (rule.mode !== 'points' || options.document.rhkCode === null) return null;
  const catalogue = requireCatalogue(
    (options.catalogues ?? seedCatalogues).competencyRhks,
    rule.catalogueId,
  );
  return findByCode(catalogue, options.document.rhkCode)?.evidenceKinds.value ?? null;
}

function contentProblems(options: Options, content: DocumentContent): EvidenceProblem[] {
  const { kind } = options.document;
  if (content.type !== CONTENT_TYPE[kind])
    return [{ code: 'DOCUMENT_CONTENT_MISMATCH', params: { kind } }];
  if (content.type === 'reflection') {
    return content.text.trim() === '' ? [{ code: 'REFLECTION_EMPTY', params: {} }] : [];
  }
  if (content.type === 'checklist') {
    const duties = mainDutiesFor(
      options.catalogues ?? seedCatalogues,
      options.employeeKind ?? 'teacher',
    );
    const unknown = content.completedDutyCodes.filter((code) => !findByCode(duties, code));
    if (content.completedDutyCodes.length === 0) return [{ code: 'CHECKLIST_EMPTY', params: {} }];
    return unknown.map((code) => ({ code: 'MAIN_DUTY_UNKNOWN', params: { code } }));
  }
  const problems = validateEvidenceFile({ ruleSet: options.ruleSet, file: content.file });
  if (kind === 'competency_evidence' && content.source) {
    const source = {
      ruleSet: options.ruleSet,
      source: content.source,
      acceptedKinds: acceptedKinds(options),
    };
    problems.push(...validateEvidenceSource(source));
  }
  return problems;
}

/** Applies a command to an execution document; collected/sent documents never change. */
export function applyDocumentCommand(options: Options): DocumentCommandResult {
  const { document, command, role, ruleSet } = options;
  if (!ruleSet.evidence.documents.includes(document.kind)) {
    const code = 'DOCUMENT_KIND_NOT_IN_PERIOD';
    return { ok: false, code, params: { kind: document.kind }, problems: [] };
  }
  const step = transitionDocument({
    kind: document.kind,
    state: document.state,
    role,
    action: command.type,
  });
  if (!step.ok) return { ...step, problems: [] };
  if (command.type !== 'save_draft')
    return { ok: true, document: { ...document, state: step.state } };
  const problems = contentProblems(options, command.content);
  const [first] = problems;
  if (first) return { ok: false, code: first.code, params: first.params, problems };
  return { ok: true, document: { ...document, state: step.state, content: command.content } };
}
