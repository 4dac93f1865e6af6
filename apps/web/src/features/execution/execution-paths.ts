import type { EmployeeKind, MeResponse } from '@kinerja/contract';

/** "Pelaksanaan Kinerja" of the signed-in employee. */
export const EXECUTION_PATH = '/pelaksanaan';
/** "Pelaksanaan" of the supervisors: the school's teachers, or the pengawas's principals. */
export const EXECUTION_REVIEW_PATH = '/periksa/pelaksanaan';
/** The Siklus Praktik Kinerja of one plan, for the employee and the observer alike. */
export const cyclePath = (planId: string) => `/pelaksanaan/siklus/${encodeURIComponent(planId)}`;

/** Whose Pelaksanaan the active role carries out: a teacher's, or the principal's own (§1.3, §3.8). */
export function executionKindOf(me: MeResponse): EmployeeKind | null {
  if (me.activeRole === 'teacher') return 'teacher';
  if (me.activeRole === 'principal_employee') return 'principal';
  return null;
}

/** The list a supervisor's active role follows: their school's teachers, or binaan principals. */
export type ExecutionReviewScope =
  | { kind: 'school'; schoolId: string }
  | { kind: 'dinas'; dinasId: string }
  | { kind: 'pengawas' }
  | { kind: 'none' };

/**
 * The school of Kepala Sekolah sebagai Atasan, the Dinas's principals (the Dinas confirms their
 * Dokumen Pelaksanaan Tugas Pokok as their Pejabat Penilai Kinerja), or the pengawas's binaan list
 * (domain.md §1.2, §3.6, §3.8).
 */
export function executionReviewScope(me: MeResponse): ExecutionReviewScope {
  const grant = me.roles.find((role) => role.role === me.activeRole);
  if (me.activeRole === 'principal_supervisor' && grant?.schoolId) {
    return { kind: 'school', schoolId: grant.schoolId };
  }
  if (me.activeRole === 'dinas_official' && grant?.dinasId) {
    return { kind: 'dinas', dinasId: grant.dinasId };
  }
  if (me.activeRole === 'pengawas') return { kind: 'pengawas' };
  return { kind: 'none' };
}

/** Where the cycle page's "Kembali" leads for the active role. */
export const cycleBackPath = (me: MeResponse): string =>
  executionKindOf(me) ? EXECUTION_PATH : EXECUTION_REVIEW_PATH;

/** The assessor's page of a plan (the assessment feature's path; features do not import each other). */
export const assessmentPagePath = (planId: string) => `/penilaian/${encodeURIComponent(planId)}`;
