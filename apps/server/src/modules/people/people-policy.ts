import type { RoleRow } from '../me/roles.repository.js';

/** What a signed-in person may do with school staff, from their roles in the active period. */
export type PeopleActor = {
  personId: string;
  isAdmin: boolean;
  operatorSchoolIds: string[];
  ledSchoolIds: string[];
};

/**
 * Allowed, or why not: `forbidden` (403, the role cannot do this anywhere), `hidden` (404, another
 * school's data — existence is private, architecture.md §5). Who resets whose password is the
 * domain's `mayResetPassword` (packages/domain/src/policies/account-powers.ts).
 */
export type Decision = { ok: true } | { ok: false; reason: 'forbidden' | 'hidden' };

/** Builds the actor from the roles computed for the session's active period. */
export function peopleActor(personId: string, roles: RoleRow[]): PeopleActor {
  const schoolsOf = (role: RoleRow['role']) =>
    roles.filter((r) => r.role === role && r.schoolId !== null).map((r) => r.schoolId as string);
  return {
    personId,
    isAdmin: roles.some((r) => r.role === 'admin'),
    operatorSchoolIds: schoolsOf('school_operator'),
    ledSchoolIds: schoolsOf('principal_supervisor'),
  };
}

/** The staff list: the school's operator, its head in the active period, or an admin. */
export function mayListStaff(actor: PeopleActor, schoolId: string): Decision {
  if (
    actor.isAdmin ||
    actor.operatorSchoolIds.includes(schoolId) ||
    actor.ledSchoolIds.includes(schoolId)
  ) {
    return { ok: true };
  }
  const hasSchoolRole = actor.operatorSchoolIds.length > 0 || actor.ledSchoolIds.length > 0;
  return { ok: false, reason: hasSchoolRole ? 'hidden' : 'forbidden' };
}
