import type {
  ExecutionStatusRow,
  PengawasExecutionListResponse,
  SchoolExecutionListResponse,
} from '@kinerja/contract';
import { can, type Locale, type RoleCode } from '@kinerja/domain';
import { forbidden, notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { hasRole, loadActor } from '../plan-context/plan-actor.js';
import { withSchoolLevel } from '../plans/plan-supervision.js';
import { findSchoolFacts } from '../plans/plan-lists.repository.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';
import {
  listPengawasExecution,
  listSchoolExecution,
  type ExecutionStatusDbRow,
} from './execution-lists.repository.js';
import { presentDocumentStatus, presentPracticeStatus } from './execution-status.js';

/** List rows as the API shows them, with the documents the period uses. */
export function presentRows(
  rows: readonly ExecutionStatusDbRow[],
  period: PeriodRow,
  locale: Locale,
): ExecutionStatusRow[] {
  const documents = ruleSetForPeriod(period).evidence.documents;
  const usesReflection = documents.includes('competency_reflection');
  const usesChecklist = documents.includes('main_duties_checklist');
  return rows.map((row) => ({
    employee: {
      id: row.employeeId,
      name: row.name,
      nip: row.nip,
      employmentStatus: row.employmentStatus,
    },
    school: { id: row.schoolId, name: row.schoolName, npsn: row.npsn },
    planId: row.planId,
    planStatus: row.planStatus ?? 'not_started',
    documents: {
      competencyReflection: usesReflection
        ? presentDocumentStatus(row.reflectionState, row.reflectionSentAt, locale)
        : null,
      mainDutiesChecklist: usesChecklist
        ? {
            ...presentDocumentStatus(row.checklistState, row.checklistSentAt, locale),
            isAccountabilityConfirmed: row.isConfirmed === true,
          }
        : null,
    },
    practice:
      row.planStatus === 'approved'
        ? presentPracticeStatus(row.practiceState ? { state: row.practiceState } : null, locale)
        : null,
  }));
}

/**
 * The principal's view of Pelaksanaan: every teacher of the school with the state of each
 * document and the cycle's step (issue #5 item 6). 404 for a principal of another school.
 */
export async function readSchoolExecution(
  ctx: AppContext,
  input: { personId: string; period: PeriodRow; schoolId: string; locale: Locale },
): Promise<SchoolExecutionListResponse> {
  const { period } = input;
  const actor = await loadActor(ctx.db, input.personId, period.id);
  const school = await findSchoolFacts(ctx.db, { schoolId: input.schoolId, periodId: period.id });
  const subject = {
    ownerKind: 'teacher' as const,
    schoolId: input.schoolId,
    ...withSchoolLevel(school?.jenjang),
    periodId: period.id,
    regionCode: school?.regencyCode,
  };
  if (!school || !can(actor, 'plan.view', subject).allowed) {
    const reviewers: RoleCode[] = ['principal_supervisor', 'dinas_official', 'admin'];
    throw reviewers.some((role) => hasRole(actor, role))
      ? notFound('Sekolah tidak ditemukan.')
      : forbidden('Daftar ini hanya untuk Kepala Sekolah sebagai Atasan, Dinas dan Admin.');
  }
  const rows = await listSchoolExecution(ctx.db, { schoolId: school.id, periodId: period.id });
  return {
    period: { id: period.id, label: period.label },
    school: { id: school.id, name: school.name, npsn: school.npsn },
    rows: presentRows(rows, period, input.locale),
  };
}

/** The pengawas's view: the principals of their binaan schools (domain.md §1.1, §3.8). */
export async function readPengawasExecution(
  ctx: AppContext,
  input: { personId: string; period: PeriodRow; locale: Locale },
): Promise<PengawasExecutionListResponse> {
  const { period } = input;
  const actor = await loadActor(ctx.db, input.personId, period.id);
  if (!hasRole(actor, 'pengawas')) throw forbidden('Daftar ini hanya untuk Pengawas.');
  const rows = await listPengawasExecution(ctx.db, {
    pengawasId: input.personId,
    periodId: period.id,
  });
  return {
    period: { id: period.id, label: period.label },
    rows: presentRows(rows, period, input.locale),
  };
}
