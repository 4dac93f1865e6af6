import type { MessageCode } from '../errors/messages';
import type { RoleCode } from '../roles/roles';
import { dinasGovernsSchoolLevel } from './jurisdiction';
import type { Actor, PolicySubject, RoleGrant } from './policy-types';

/** How far a role grant reaches for an action. */
export type Scope =
  | 'self'
  | 'led_school_teachers'
  | 'led_school'
  | 'tim_kinerja'
  | 'region'
  | 'region_assessor'
  | 'school'
  | 'any';

type Check = (options: {
  actor: Actor;
  grant: RoleGrant;
  subject: PolicySubject;
}) => MessageCode | null;

const OWN_KIND: Partial<Record<RoleCode, PolicySubject['ownerKind']>> = {
  teacher: 'teacher',
  principal_employee: 'principal',
};

function inRegion(grant: RoleGrant, subject: PolicySubject): boolean {
  return Boolean(grant.regionCode && subject.regionCode?.startsWith(grant.regionCode));
}

// A Dinas reaches a school (its people, plans and files) only of its own level AND region
// (UU 23/2014) — domain.md §1.1 "Jurisdiction of a Dinas". A subject that is a whole region (a
// Dinas' list, ZIP or dashboard) has no school and is checked by region only; a subject with a
// school but no level is refused, so a forgotten level never widens the reach. The area of a Dinas
// office is reached only by a Dinas of the same level (a province does not open a kota's ZIP).
function inJurisdiction(grant: RoleGrant, subject: PolicySubject): MessageCode | null {
  if (!inRegion(grant, subject)) return 'OTHER_REGION';
  if (subject.dinasLevel !== undefined && subject.dinasLevel !== grant.dinasLevel)
    return 'OTHER_LEVEL';
  if (subject.schoolLevel === undefined)
    return subject.schoolId === undefined ? null : 'OTHER_LEVEL';
  if (!grant.dinasLevel || !dinasGovernsSchoolLevel(grant.dinasLevel, subject.schoolLevel))
    return 'OTHER_LEVEL';
  return null;
}

// A principal sees only their school's teachers in the periods they lead it — architecture.md §5.
const ledSchool: Check = ({ grant, subject }) => {
  if (!grant.schoolId || grant.schoolId !== subject.schoolId) return 'OTHER_SCHOOL';
  if (!grant.periodId || grant.periodId !== subject.periodId) return 'OTHER_PERIOD';
  return null;
};

const CHECKS: { readonly [S in Scope]: Check } = {
  self: ({ actor, grant, subject }) => {
    if (subject.ownerId !== actor.personId) return 'NOT_OWN_RECORD';
    return subject.ownerKind === OWN_KIND[grant.role] ? null : 'WRONG_EMPLOYEE_KIND';
  },
  // A Plt is often a teacher of the school he leads: his own plan is never his to approve, observe or
  // assess as atasan (domain.md §1.2 — nobody supervises themselves).
  led_school_teachers: (options) => {
    if (options.subject.ownerKind !== 'teacher') return 'WRONG_EMPLOYEE_KIND';
    if (options.subject.ownerId === options.actor.personId) return 'OWN_RECORD_AS_ATASAN';
    return ledSchool(options);
  },
  led_school: ledSchool,
  tim_kinerja: ({ actor, subject }) =>
    subject.timKinerjaIds?.includes(actor.personId) ? null : 'NOT_TIM_KINERJA',
  region: ({ grant, subject }) => inJurisdiction(grant, subject),
  // The Dinas assessor approves and assesses principals — domain.md §1.2.
  region_assessor: ({ actor, grant, subject }) => {
    if (subject.ownerKind !== 'principal') return 'WRONG_EMPLOYEE_KIND';
    const refusal = inJurisdiction(grant, subject);
    if (refusal) return refusal;
    return subject.assessorId === actor.personId ? null : 'NOT_ASSESSOR';
  },
  school: ({ grant, subject }) =>
    grant.schoolId && grant.schoolId === subject.schoolId ? null : 'OTHER_SCHOOL',
  any: () => null,
};

/** Null when the grant reaches the subject, else the reason code. */
export function checkScope(options: {
  scope: Scope;
  actor: Actor;
  grant: RoleGrant;
  subject: PolicySubject;
}): MessageCode | null {
  return CHECKS[options.scope](options);
}
