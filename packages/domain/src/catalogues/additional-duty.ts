import type { SchoolLevel } from './school-levels';
import type { Confidence, Sourced } from './sourced';

/** A tugas tambahan (additional duty) option with its school levels, JP equivalence and legal basis. */
export type AdditionalDuty = {
  readonly code: string;
  readonly name: string;
  readonly schoolLevels: readonly SchoolLevel[];
  /** Teaching hours (JP) per week the duty is recognised as. */
  readonly weeklyJp: Sourced<number>;
  readonly legalBasis: string;
  /** How well its presence in the official list (and its levels) is confirmed. */
  readonly confidence: Confidence;
  readonly source: string;
};
