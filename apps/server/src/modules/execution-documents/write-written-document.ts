import {
  applyWrittenDocumentCommand,
  type DocumentCommand,
  type DocumentContent,
  type ExecutionDocument,
  type Locale,
  type WrittenDocumentKind,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { canonicalJson } from '../plans/plan-content.js';
import { executionError, StaleWriteError } from './execution-errors.js';
import { documentSentText } from './execution-notifications.js';
import {
  isEmployee,
  loadExecutionScope,
  requireOpen,
  type ExecutionScope,
} from './execution-scope.js';
import {
  findWrittenDocuments,
  storeWrittenDocument,
  type WrittenDocumentRow,
} from './written-documents.repository.js';

/** A "Simpan Draf" (with content) or "Kirim ke Atasan" on one written document. */
export type WrittenDocumentWrite = {
  planId: string;
  personId: string;
  kind: WrittenDocumentKind;
  version: number;
  /** The content of a draft; absent for "Kirim ke Atasan". */
  content?: DocumentContent;
  requestId: string;
  locale: Locale;
};

/** Thrown when the version is stale; the route answers 409 with the stored document. */
export class DocumentVersionConflict extends StaleWriteError {
  readonly kind: WrittenDocumentKind;

  constructor(planId: string, kind: WrittenDocumentKind) {
    super({
      code: 'DOCUMENT_VERSION_CONFLICT',
      planId,
      message:
        'Dokumen ini sudah diubah di perangkat atau tab lain. Periksa versi terbaru di bawah; isian Anda belum tersimpan dan masih dapat disalin.',
    });
    this.kind = kind;
  }
}

function domainDocument(kind: WrittenDocumentKind, row: WrittenDocumentRow | undefined) {
  const document: ExecutionDocument = {
    kind,
    state: row?.state ?? 'empty',
    rhkCode: null,
    content: row?.content ?? null,
  };
  return document;
}

/** A repeated draft (a retry, or the same text from another tab) changes nothing. */
const isSameDraft = (row: WrittenDocumentRow | undefined, content: DocumentContent | undefined) =>
  row?.state === 'draft' &&
  content !== undefined &&
  canonicalJson(row.content) === canonicalJson(content);

async function persist(
  trx: Db,
  options: {
    scope: ExecutionScope;
    input: WrittenDocumentWrite;
    row: WrittenDocumentRow | undefined;
    next: ExecutionDocument;
    now: Date;
  },
) {
  const { scope, input, row, next, now } = options;
  const plan = scope.row;
  const state = next.state === 'sent' ? 'sent' : 'draft';
  const version = (row?.version ?? 0) + 1;
  await storeWrittenDocument(trx, {
    planId: plan.id,
    periodId: plan.periodId,
    employeeId: plan.employeeId,
    schoolId: plan.schoolId,
    provinceCode: plan.provinceCode,
    kind: input.kind,
    state,
    content: next.content!,
    version,
    sentAt: state === 'sent' ? now : null,
    now,
  });
  await writeAudit(trx, {
    at: now,
    actorId: input.personId,
    action: state === 'sent' ? 'document.send' : 'document.save_draft',
    entityType: 'written_document',
    entityId: plan.id,
    before: { kind: input.kind, state: row?.state ?? 'empty', version: row?.version ?? 0 },
    after: { kind: input.kind, state, version, content: next.content },
    requestId: input.requestId,
  });
  if (state === 'sent' && scope.supervisorId) {
    const text = documentSentText({
      kind: input.kind,
      employeeName: scope.employee.employeeName,
      periodLabel: scope.employee.periodLabel,
    });
    await insertNotification(trx, {
      createdAt: now,
      ...text,
      recipientId: scope.supervisorId,
      planId: plan.id,
      periodId: plan.periodId,
    });
  }
}

/**
 * "Simpan Draf" / "Kirim ke Atasan" of a written document in one transaction: lock the plan,
 * authorize the employee, check the window and the version, apply the domain rules, then store,
 * audit and notify the atasan on send (domain.md §3.6). A sent document never changes again.
 */
export async function writeWrittenDocument(
  ctx: AppContext,
  input: WrittenDocumentWrite,
): Promise<'saved' | 'unchanged'> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock();
    const scope = await loadExecutionScope(trx, { ...input, now, forUpdate: true });
    if (!isEmployee(scope, 'evidence.upload')) {
      throw executionError({ code: 'ROLE_NOT_ALLOWED' }, input.locale);
    }
    requireOpen(scope, input.locale);
    const row = (
      await findWrittenDocuments(trx, scope.row.id, { kind: input.kind, forUpdate: true })
    )[input.kind];
    if (row?.state === 'sent') throw executionError({ code: 'DOCUMENT_LOCKED' }, input.locale);
    if (isSameDraft(row, input.content)) return 'unchanged';
    if ((row?.version ?? 0) !== input.version)
      throw new DocumentVersionConflict(scope.row.id, input.kind);
    const command: DocumentCommand = input.content
      ? { type: 'save_draft', content: input.content }
      : { type: 'send' };
    const result = applyWrittenDocumentCommand({
      document: domainDocument(input.kind, row),
      command,
      role: 'employee',
      ruleSet: scope.ruleSet,
      catalogues: scope.catalogues,
      employeeKind: scope.row.employeeKind,
      planDutyCodes: scope.content.mainDuties.dutyCodes,
    });
    if (!result.ok) {
      const field = input.kind === 'competency_reflection' ? 'text' : 'completedDutyCodes';
      const problems = result.problems.map((problem) => ({ ...problem, field }));
      throw executionError({ ...result, problems }, input.locale);
    }
    await persist(trx, { scope, input, row, next: result.document, now });
    return 'saved';
  });
}
