/** Period versions with a rule set; a new year is a new entry here plus its rule-set file — domain.md §8 item 1. */
export const PERIOD_VERSIONS = ['2024-S1', '2024-S2', '2025', '2026'] as const;

/** A period version; also the id of the period. */
export type PeriodVersion = (typeof PERIOD_VERSIONS)[number];

/** Whether a string names a period version. */
export function isPeriodVersion(value: string): value is PeriodVersion {
  return (PERIOD_VERSIONS as readonly string[]).includes(value);
}
