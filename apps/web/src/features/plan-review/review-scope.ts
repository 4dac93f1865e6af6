import type { MeResponse } from '@kinerja/contract';

/** The list a supervisor's active role works on: a school, a Dinas region or binaan schools. */
export type ReviewScope =
  | { kind: 'school'; schoolId: string; schoolName: string }
  | { kind: 'dinas'; dinasId: string; dinasName: string }
  | { kind: 'pengawas' }
  | { kind: 'none' };

/** The school, Dinas or binaan list of the active role (from its entry in `me.roles`). */
export function reviewScope(me: MeResponse): ReviewScope {
  const grant = me.roles.find((role) => role.role === me.activeRole);
  if (me.activeRole === 'principal_supervisor' && grant?.schoolId) {
    return {
      kind: 'school',
      schoolId: grant.schoolId,
      schoolName: grant.schoolName ?? grant.schoolId,
    };
  }
  if (me.activeRole === 'dinas_official' && grant?.dinasId) {
    return { kind: 'dinas', dinasId: grant.dinasId, dinasName: grant.dinasName ?? grant.dinasId };
  }
  if (me.activeRole === 'pengawas') return { kind: 'pengawas' };
  return { kind: 'none' };
}

/** "Periksa" for teachers' plans (Kepala Sekolah sebagai Atasan). */
export const SCHOOL_LIST_PATH = '/periksa';
/** Principals' plans for the Dinas and the pengawas. */
export const PRINCIPAL_LIST_PATH = '/periksa/kepala-sekolah';

/** The review page of one plan. */
export const reviewPlanPath = (planId: string) => `/periksa/${encodeURIComponent(planId)}`;

/** Where "Kembali ke daftar" leads for the active role (the principals' list unless heading a school). */
export function reviewListPath(me: MeResponse): string {
  return me.activeRole === 'principal_supervisor' ? SCHOOL_LIST_PATH : PRINCIPAL_LIST_PATH;
}
