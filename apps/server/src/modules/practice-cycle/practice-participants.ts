import type { PersonRef } from '@kinerja/contract';
import { messageFor, type Locale } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import {
  isAllowed,
  isEmployee,
  type ExecutionScope,
} from '../execution-documents/execution-scope.js';
import { timKinerjaIdsOf } from '../plans/plan-supervision.js';
import { findPeople } from './practice-cycles.repository.js';

/** Who observes a cycle: the head of a teacher's school (definitive or Plt), the pengawas of a principal. */
export type Observers = {
  role: 'principal' | 'acting_principal' | 'pengawas';
  people: PersonRef[];
};

/** The viewer's part in a cycle. */
export type ViewerRole = 'employee' | 'observer' | 'viewer';

/**
 * KS observes guru; the pengawas of the Tim Kinerja (plotted, or of the school) observe a KS —
 * domain.md §2.3, §3.8. Only Tim Kinerja members who are pengawas observe.
 */
export async function findObservers(db: Db, scope: ExecutionScope): Promise<Observers> {
  const { employee } = scope;
  if (scope.row.employeeKind === 'teacher') {
    const role = employee.headKind === 'acting' ? 'acting_principal' : 'principal';
    const people = employee.headId ? [{ id: employee.headId, name: employee.headName ?? '-' }] : [];
    return { role, people };
  }
  const ids = timKinerjaIdsOf(employee, 'principal');
  const people = await findPeople(db, ids);
  return {
    role: 'pengawas',
    people: ids.flatMap((id) => {
      const person = people.get(id);
      return person?.isPengawas ? [{ id, name: person.name }] : [];
    }),
  };
}

/** Whether the signed-in person writes as the employee, as an observer, or only reads. */
export function viewerRoleOf(scope: ExecutionScope, observers: Observers): ViewerRole {
  if (isEmployee(scope, 'practice.record')) return 'employee';
  const isObserver = observers.people.some((person) => person.id === scope.actor.personId);
  return isObserver && isAllowed(scope, 'observation.record') ? 'observer' : 'viewer';
}

/** Why nobody can observe yet, or null. */
export function observerMessage(scope: ExecutionScope, observers: Observers, locale: Locale) {
  if (observers.people.length > 0) return null;
  return scope.row.employeeKind === 'teacher'
    ? messageFor('SUPERVISOR_NOT_FOUND', locale)
    : messageFor('PRACTICE_OBSERVER_NOT_FOUND', locale);
}
