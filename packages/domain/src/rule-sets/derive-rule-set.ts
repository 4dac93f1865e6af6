import type { LocalizedText } from '../i18n/locale';
import type { RuleSet } from './rule-set';

/** What a derived rule set changes from its base: any rule but the version (domain.md §8 item 1). */
export type RuleSetChanges = Partial<Omit<RuleSet, 'version' | 'label'>>;

/** A rule set stored as data: a new version based on another, with its changes. */
export type RuleSetDerivation = {
  readonly version: string;
  readonly basedOn: string;
  readonly label: LocalizedText;
  readonly changes: RuleSetChanges;
};

/** The rule set of a derivation: the base's rules continue unless changed — domain.md §8 item 1. */
export function deriveRuleSet(base: RuleSet, derivation: RuleSetDerivation): RuleSet {
  return { ...base, ...derivation.changes, version: derivation.version, label: derivation.label };
}
