import {
  evaluationDocumentSchema,
  type DashboardQuery,
  type EvaluationDocumentDto,
  type MeResponse,
} from '@kinerja/contract';
import type { AreaRef } from './paths';

/** `?periodId=&document=` of the page address; anything the contract would refuse is left out. */
export function queryFromSearch(search: URLSearchParams): DashboardQuery {
  const periodId = search.get('periodId')?.trim() || undefined;
  const document = evaluationDocumentSchema.safeParse(search.get('document'));
  return { periodId, document: document.success ? document.data : undefined };
}

/**
 * The documents a period produces, known from any one of them: 2024-S2 has Semester II and Akhir,
 * 2024-S1 only Semester I, 2025 onwards one annual document (domain.md §5.5, §5.6).
 */
export function documentChoices(current: EvaluationDocumentDto): EvaluationDocumentDto[] {
  if (current === 'semester_2' || current === 'akhir') return ['semester_2', 'akhir'];
  return [current];
}

/** What "/dasbor" shows for the active role: its school, its Dinas, the nation, or nothing. */
export type DashboardScope =
  { kind: 'school'; schoolId: string } | { kind: 'area'; area: AreaRef } | { kind: 'none' };

/** The dashboard of the active role, from its entry in `me.roles` (domain.md §1.2, §1.3). */
export function dashboardScope(me: MeResponse): DashboardScope {
  const grant = me.roles.find((role) => role.role === me.activeRole);
  if (me.activeRole === 'principal_supervisor' && grant?.schoolId) {
    return { kind: 'school', schoolId: grant.schoolId };
  }
  if (me.activeRole === 'dinas_official' && grant?.dinasId) {
    return { kind: 'area', area: { kind: 'dinas', code: grant.dinasId } };
  }
  if (me.activeRole === 'admin') return { kind: 'area', area: { kind: 'nation', code: '' } };
  return { kind: 'none' };
}
