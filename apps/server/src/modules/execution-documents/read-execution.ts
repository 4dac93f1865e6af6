import type { ExecutionOverview, WrittenDocument } from '@kinerja/contract';
import {
  WRITTEN_DOCUMENT_KINDS,
  messageFor,
  observationProgress,
  type Locale,
  type WrittenDocumentKind,
} from '@kinerja/domain';
import type { AppContext } from '../../lib/context.js';
import { presentDeadline } from '../plans/plans.presenter.js';
import { findPracticeCycle } from '../practice-cycle/practice-cycles.repository.js';
import { presentPracticeStatus } from './execution-status.js';
import { executionError } from './execution-errors.js';
import {
  loadExecutionScope,
  presentGate,
  requireApproved,
  type ExecutionScope,
} from './execution-scope.js';
import { presentWrittenDocument } from './written-document.presenter.js';
import { findWrittenDocuments } from './written-documents.repository.js';

type ReadInput = { planId: string; personId: string; locale: Locale };

/** The written documents this period uses (none in 2024 — domain.md §3.4, §3.6). */
export const documentKindsOf = (scope: ExecutionScope): WrittenDocumentKind[] =>
  WRITTEN_DOCUMENT_KINDS.filter((kind) => scope.ruleSet.evidence.documents.includes(kind));

function presentSupervisor(scope: ExecutionScope, locale: Locale): ExecutionOverview['supervisor'] {
  const { employee } = scope;
  if (scope.supervisorId === null) {
    return {
      person: null,
      isActing: false,
      message: `${messageFor('SUPERVISOR_NOT_FOUND', locale)} ${messageFor('SUPERVISOR_NOT_FOUND_HINT', locale)}`,
    };
  }
  const isTeacher = scope.row.employeeKind === 'teacher';
  const name = (isTeacher ? employee.headName : employee.assessorName) ?? '-';
  const isActing = isTeacher && employee.headKind === 'acting';
  // The teacher of a Plt school confirms Pelaksanaan with the Plt — domain.md §1.1, §3.6.
  const message = isActing
    ? locale === 'en'
      ? `Your school is led by an acting principal (Plt, ${name}); contact them to confirm your execution.`
      : `Sekolah Anda dipimpin Plt Kepala Sekolah (${name}); hubungi beliau untuk mengonfirmasi Pelaksanaan Kinerja.`
    : null;
  return { person: { id: scope.supervisorId, name }, isActing, message };
}

/** "Pelaksanaan Kinerja" of one approved plan: gate, atasan, documents and the cycle's step. */
export async function readExecutionOverview(
  ctx: AppContext,
  input: ReadInput,
): Promise<ExecutionOverview> {
  const scope = await loadExecutionScope(ctx.db, { ...input, now: ctx.clock() });
  requireApproved(scope, input.locale);
  const rows = await findWrittenDocuments(ctx.db, scope.row.id);
  const cycle = await findPracticeCycle(ctx.db, scope.row.id);
  const { employee, row: plan } = scope;
  const status = presentPracticeStatus(cycle ? { state: cycle.state } : null, input.locale);
  return {
    plan: {
      id: plan.id,
      periodId: plan.periodId,
      periodLabel: employee.periodLabel,
      ruleSetVersion: scope.ruleSet.version,
      employee: {
        id: plan.employeeId,
        name: employee.employeeName,
        nip: employee.nip,
        kind: plan.employeeKind,
      },
      school: { id: plan.schoolId, name: employee.schoolName },
    },
    gate: presentGate(scope, input.locale),
    executionDeadline: scope.deadline ? presentDeadline(scope.deadline, input.locale) : null,
    supervisor: presentSupervisor(scope, input.locale),
    documents: documentKindsOf(scope).map((kind) =>
      presentWrittenDocument({ scope, kind, row: rows[kind], locale: input.locale }),
    ),
    practice: {
      ...status,
      observationProgress: cycle ? observationProgress(cycle.record) : { rated: 0, total: 0 },
    },
  };
}

/** One written document of a plan (409 when the period does not use it). */
export async function readWrittenDocument(
  ctx: AppContext,
  input: ReadInput & { kind: WrittenDocumentKind },
): Promise<WrittenDocument> {
  const scope = await loadExecutionScope(ctx.db, { ...input, now: ctx.clock() });
  requireApproved(scope, input.locale);
  if (!documentKindsOf(scope).includes(input.kind)) {
    const params = { kind: input.kind };
    throw executionError({ code: 'DOCUMENT_KIND_NOT_IN_PERIOD', params }, input.locale);
  }
  const rows = await findWrittenDocuments(ctx.db, scope.row.id, { kind: input.kind });
  return presentWrittenDocument({
    scope,
    kind: input.kind,
    row: rows[input.kind],
    locale: input.locale,
  });
}
