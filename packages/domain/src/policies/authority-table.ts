import { ROLE_CODES } from '../roles/roles';
import { ACTION_GRANTS } from './grants';
import { POLICY_ACTIONS } from './policy-types';
import type { Scope } from './scopes';

/** The jurisdiction each scope stands for, as docs/AUTHORITY.md names it. */
export const SCOPE_JURISDICTIONS: { readonly [S in Scope]: string } = {
  self: 'own person',
  led_school_teachers: 'teachers of the school led in the period',
  led_school: 'school led in the period',
  tim_kinerja: 'employees whose Tim Kinerja they sit in',
  region: "schools of the Dinas' level in its region",
  region_assessor: "principals they assess, of the Dinas' level in its region",
  school: 'own school',
  any: 'national',
};

/**
 * The action × role table of ACTION_GRANTS as Markdown (one cell per scope, "—" = never), the
 * block docs/AUTHORITY.md embeds; a test keeps the document equal to it.
 */
export function authorityTable(): string {
  const header = `| action | ${ROLE_CODES.join(' | ')} |`;
  const rule = `|---|${ROLE_CODES.map(() => '---').join('|')}|`;
  const rows = POLICY_ACTIONS.map((action) => {
    const grants = ACTION_GRANTS[action];
    const cells = ROLE_CODES.map((role) => {
      const scope = grants[role];
      return scope ? SCOPE_JURISDICTIONS[scope] : '—';
    });
    return `| \`${action}\` | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}
