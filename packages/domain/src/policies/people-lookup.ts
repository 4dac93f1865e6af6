import type { RoleCode } from '../roles/roles';
import type { AccountPlace } from './account-powers';
import type { Actor } from './policy-types';
import { checkScope, type Scope } from './scopes';

/**
 * Who may find a person by exact NIP, NUPTK or email, and how far: the lookup only serves naming
 * someone for Tim Kinerja plotting and deadline extensions (domain.md §1.1, §2.2, §2.4), so the
 * operator reaches their school, the Dinas its jurisdiction and an administrator everyone.
 */
export const LOOKUP_GRANTS: Readonly<Partial<Record<RoleCode, Scope>>> = {
  school_operator: 'school',
  dinas_official: 'region',
  admin: 'any',
};

/**
 * A person found by the lookup: the schools they work at, and the schools they supervise as
 * pengawas (a principal's Tim Kinerja is their pengawas — domain.md §1.1, §1.2).
 */
export type LookupCandidate = {
  readonly staffPlaces: readonly AccountPlace[];
  readonly supervisedPlaces: readonly AccountPlace[];
};

/** Whether the actor holds a role that may use the people lookup at all (else 403). */
export function mayUsePeopleLookup(actor: Actor): boolean {
  return actor.roles.some((grant) => LOOKUP_GRANTS[grant.role] !== undefined);
}

/** Whether a found person is within the actor's reach; outside it they are not found at all. */
export function mayLookUpPerson(actor: Actor, candidate: LookupCandidate): boolean {
  const places = [...candidate.staffPlaces, ...candidate.supervisedPlaces];
  return actor.roles.some((grant) => {
    const scope = LOOKUP_GRANTS[grant.role];
    if (!scope) return false;
    if (scope === 'any') return true;
    return places.some(
      (place) => checkScope({ scope, actor, grant, subject: { ...place } }) === null,
    );
  });
}
