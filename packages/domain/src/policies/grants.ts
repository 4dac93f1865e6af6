import { ROLE_CODES, type RoleCode } from '../roles/roles';
import type { PolicyAction } from './policy-types';
import type { Scope } from './scopes';

type Grants = Readonly<Partial<Record<RoleCode, Scope>>>;

const OWN: Grants = { teacher: 'self', principal_employee: 'self' };
const APPROVER: Grants = {
  principal_supervisor: 'led_school_teachers',
  dinas_official: 'region_assessor',
};
const VIEWER: Grants = {
  ...OWN,
  principal_supervisor: 'led_school_teachers',
  pengawas: 'tim_kinerja',
  dinas_official: 'region',
  admin: 'any',
};
const MANAGER: Grants = { dinas_official: 'region', admin: 'any' };

/** Which role may do which action, and how far — domain.md §1.2, architecture.md §5. */
export const ACTION_GRANTS: { readonly [A in PolicyAction]: Grants } = {
  'plan.view': VIEWER,
  'plan.edit': OWN,
  'plan.submit': OWN,
  'plan.approve': APPROVER,
  'plan.return': APPROVER,
  'plan.change_rhk': OWN,
  // Per-person extensions are granted by the Dinas or an administrator [I] — domain.md §2.4.
  'plan.extend_deadline': MANAGER,
  'evidence.upload': OWN,
  'evidence.collect': OWN,
  'evidence.view': VIEWER,
  'practice.record': OWN,
  // KS observes teachers; pengawas (Tim Kinerja) observes principals — domain.md §2.3, §3.8.
  'observation.record': { principal_supervisor: 'led_school_teachers', pengawas: 'tim_kinerja' },
  'assessment.set': APPROVER,
  // Any plotted Tim Kinerja member may recommend, the pengawas of a principal too — domain.md §1.1, §3.9.
  'assessment.recommend': Object.fromEntries(ROLE_CODES.map((role) => [role, 'tim_kinerja'])),
  'assessment.finalize': APPROVER,
  'assessment.view': VIEWER,
  'personal_data.edit': OWN,
  'roster.import': { school_operator: 'school', admin: 'any' },
  // Password reset: the operator for staff, the Dinas for principals — narrowed by the account's
  // tier in account-powers.ts (domain.md §1.2, §3.1, §6.1).
  'password.reset': { school_operator: 'school', dinas_official: 'region', admin: 'any' },
  // Tim Kinerja plotting by operators of school and Dinas (2026) — domain.md §1.1.
  'tim_kinerja.assign': { school_operator: 'school', ...MANAGER },
  'period.switch': Object.fromEntries(ROLE_CODES.map((role) => [role, 'any'])),
  'export.school': { principal_supervisor: 'led_school', ...MANAGER },
  'export.region': MANAGER,
  // The e-Kinerja sync log: the school operator, the Dinas of the region, administrators — domain.md §6.4.
  'e_kinerja.sync': { school_operator: 'school', ...MANAGER },
  'distribution.view': { principal_supervisor: 'led_school', ...MANAGER },
  'catalogue.edit': { admin: 'any' },
  // The blob store's size and what awaits deletion: administrators only (issue 12 finding 8).
  'storage.view': { admin: 'any' },
  // Periods and their windows are set by administrators (issue 13 item 1) — domain.md §2.1, §2.4.
  'period.manage': { admin: 'any' },
  // What changed between rule sets: heads (as atasan or as employee), the Dinas, admins — domain.md §8 item 1.
  'rule_set.view': {
    principal_supervisor: 'any',
    principal_employee: 'any',
    dinas_official: 'any',
    admin: 'any',
  },
};
