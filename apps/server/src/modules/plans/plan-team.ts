import type { PlanTeamResponse } from '@kinerja/contract';
import { messageFor, type Locale } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { findPeopleNames } from './plan-history.js';
import type { PlanScope } from '../plan-context/plan-scope.js';

/** The Tim Kinerja and the Pejabat Penilai Kinerja shown before a principal plans (domain.md §3.8). */
export async function readPlanTeam(
  db: Db,
  scope: PlanScope,
  locale: Locale,
): Promise<PlanTeamResponse> {
  const { employee, row, resolution } = scope;
  const isPrincipal = row.employeeKind === 'principal';
  const assigned = employee.assignedTimIds;
  const pengawas = isPrincipal ? employee.pengawasIds.filter((id) => !assigned.includes(id)) : [];
  const names = await findPeopleNames(db, [...assigned, ...pengawas]);
  const member = (source: 'assigned' | 'pengawas') => (id: string) => ({
    id,
    name: names.get(id) ?? '-',
    source,
  });
  const assessor =
    resolution.approval === 'blocked'
      ? null
      : {
          id: resolution.assessorId,
          name: (isPrincipal ? employee.assessorName : employee.headName) ?? '-',
          dinasName: isPrincipal ? (employee.dinasName ?? '-') : employee.schoolName,
        };
  return {
    isRequired: scope.isTeamRequired,
    confirmedAt: row.teamConfirmedAt?.toISOString() ?? null,
    assessor,
    timKinerja: [...assigned.map(member('assigned')), ...pengawas.map(member('pengawas'))],
    message:
      resolution.approval === 'blocked'
        ? `${messageFor('SUPERVISOR_NOT_FOUND', locale)}. ${messageFor('SUPERVISOR_NOT_FOUND_HINT', locale)}`
        : null,
  };
}
