import type { RuleSetChangesResponse, RuleSetSummary } from '@kinerja/contract';
import {
  allRuleSets,
  derivationOf,
  describeRuleSetChanges,
  isPeriodVersion,
  ruleSetFor,
  type RuleSet,
} from '@kinerja/domain';
import { invalidField } from '../../lib/app-error.js';

/** A rule set as a choice: its version, label and base (null for a built-in one). */
export const summaryOf = (ruleSet: RuleSet): RuleSetSummary => ({
  version: ruleSet.version,
  label: ruleSet.label.id,
  basedOn: derivationOf(ruleSet.version)?.basedOn ?? null,
});

function known(field: 'from' | 'to', version: string): RuleSet {
  if (!isPeriodVersion(version))
    throw invalidField(
      field,
      `aturan "${version}" tidak dikenal; pilih salah satu dari daftar aturan`,
    );
  return ruleSetFor(version);
}

/**
 * What changed between two rule sets, in words (issue 13 item 2). Without `to` the newest rule
 * set; without `from` the one it is based on, else the one before it.
 */
export function readRuleSetChanges(query: {
  from?: string | undefined;
  to?: string | undefined;
}): RuleSetChangesResponse {
  const all = allRuleSets();
  const to = query.to ? known('to', query.to) : all.at(-1)!;
  const index = all.findIndex((r) => r.version === to.version);
  const fallback = derivationOf(to.version)?.basedOn ?? all[Math.max(0, index - 1)]!.version;
  const from = known('from', query.from ?? fallback);
  const { rules, dates } = describeRuleSetChanges(from, to);
  return { from: summaryOf(from), to: summaryOf(to), rules, dates, ruleSets: all.map(summaryOf) };
}
