/**
 * Period versions with a built-in rule set (code). Later years are rule sets stored as data and
 * registered at run time (rule-sets/registry.ts) — domain.md §8 item 1.
 */
export const PERIOD_VERSIONS = ['2024-S1', '2024-S2', '2025', '2026'] as const;

/** A built-in period version. */
export type BuiltInPeriodVersion = (typeof PERIOD_VERSIONS)[number];

/** A period version (built in or derived as data); also the id of its seeded period. */
export type PeriodVersion = string;
