import type { RoleCode } from '../roles/roles';
import type { Actor, PolicySubject } from './policy-types';
import { checkScope, type Scope } from './scopes';

/**
 * How much an account can do, from the person's roles in the period: `staff` (no approving or
 * assessing powers), `school_head` (a definitive or Plt principal approves and assesses the school's
 * teachers — domain.md §1.1, §1.2), `oversight` (pengawas and Dinas assess principals) and `admin`.
 */
export type AccountTier = 'staff' | 'school_head' | 'oversight' | 'admin';

const TIER_ORDER: readonly AccountTier[] = ['staff', 'school_head', 'oversight', 'admin'];

const TIER_OF_ROLE: { readonly [R in RoleCode]: AccountTier } = {
  teacher: 'staff',
  school_operator: 'staff',
  principal_employee: 'school_head',
  principal_supervisor: 'school_head',
  pengawas: 'oversight',
  dinas_official: 'oversight',
  admin: 'admin',
};

/** The highest tier among a person's roles; a person with no role is staff. */
export function accountTier(roles: readonly RoleCode[]): AccountTier {
  let tier: AccountTier = 'staff';
  for (const role of roles) {
    const next = TIER_OF_ROLE[role];
    if (TIER_ORDER.indexOf(next) > TIER_ORDER.indexOf(tier)) tier = next;
  }
  return tier;
}

/**
 * Who resets whose password: "forgotten password → the school admin" (domain.md §3.1, §6.1) holds
 * only for accounts without approving or assessing powers; a principal's account is reset by the
 * level above — the Dinas whose jurisdiction covers the school (§1.1, §1.2) — and the Dinas' and
 * pengawas' accounts by an administrator. Otherwise an operator could take over the principal.
 */
export const RESET_GRANTS: {
  readonly [T in AccountTier]: Readonly<Partial<Record<RoleCode, Scope>>>;
} = {
  staff: { school_operator: 'school', admin: 'any' },
  school_head: { dinas_official: 'region', admin: 'any' },
  oversight: { admin: 'any' },
  admin: { admin: 'any' },
};

/** Where a person's account belongs: a school with its kabupaten/kota code and level (for the Dinas' reach). */
export type AccountPlace = { readonly schoolId: string } & Pick<
  PolicySubject,
  'regionCode' | 'schoolLevel'
>;

/**
 * The account whose password would be reset: its roles in the period, the schools the person works
 * at, and the schools they lead (definitive or Plt) in the period.
 */
export type AccountTarget = {
  readonly personId: string;
  readonly roles: readonly RoleCode[];
  readonly staffPlaces: readonly AccountPlace[];
  readonly ledPlaces: readonly AccountPlace[];
};

/**
 * Allowed, or why not: `forbidden` (403: the caller's role resets nobody), `hidden` (404: the account
 * is outside the caller's reach — its existence is private), `self` (change it instead) and
 * `higher_account` (403: the account is the caller's to see but reset by `resetBy`).
 */
export type PasswordResetDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: 'forbidden' | 'hidden' | 'self' }
  | {
      readonly allowed: false;
      readonly reason: 'higher_account';
      readonly tier: Exclude<AccountTier, 'staff'>;
    };

const ANY_TIER_ROLES = new Set(
  Object.values(RESET_GRANTS).flatMap((grants) => Object.keys(grants) as RoleCode[]),
);

// A principal's account is reached through the schools they lead, anyone else's through their staff schools.
function placesOf(target: AccountTarget, tier: AccountTier): readonly PolicySubject[] {
  const places = tier === 'school_head' ? target.ledPlaces : target.staffPlaces;
  return places.map((place) => ({ ...place }));
}

// Whether some grant of the actor, with the given scopes, reaches one of the places.
function reaches(
  actor: Actor,
  grants: Readonly<Partial<Record<RoleCode, Scope>>>,
  places: readonly PolicySubject[],
): boolean {
  return actor.roles.some((grant) => {
    const scope = grants[grant.role];
    if (!scope) return false;
    if (scope === 'any') return true;
    return places.some((subject) => checkScope({ scope, actor, grant, subject }) === null);
  });
}

/** Whether the actor may reset the target's password (see RESET_GRANTS). */
export function mayResetPassword(actor: Actor, target: AccountTarget): PasswordResetDecision {
  if (!actor.roles.some((grant) => ANY_TIER_ROLES.has(grant.role))) {
    return { allowed: false, reason: 'forbidden' };
  }
  const tier = accountTier(target.roles);
  if (target.personId === actor.personId) return { allowed: false, reason: 'self' };
  if (reaches(actor, RESET_GRANTS[tier], placesOf(target, tier))) return { allowed: true };
  // Visible to the caller (their own school's staff, their region's schools) but reset higher up.
  const visible =
    reaches(actor, RESET_GRANTS.staff, target.staffPlaces) ||
    reaches(actor, RESET_GRANTS.school_head, [...target.staffPlaces, ...target.ledPlaces]);
  if (tier !== 'staff' && visible) return { allowed: false, reason: 'higher_account', tier };
  return { allowed: false, reason: 'hidden' };
}
