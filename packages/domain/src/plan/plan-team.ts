import type { RuleSet } from '../rule-sets/rule-set';
import type { EmployeeKind } from './plan-draft';

/**
 * Whether the employee first confirms their Tim Kinerja and Pejabat Penilai Kinerja before planning:
 * a principal, in a period whose plan opens with Pra-Perencanaan (2026) — domain.md §1.3, §3.8.
 */
export function confirmsPlanTeam(ruleSet: Pick<RuleSet, 'tabs'>, kind: EmployeeKind): boolean {
  return kind === 'principal' && ruleSet.tabs.includes('pre_planning');
}
