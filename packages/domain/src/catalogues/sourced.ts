/** How well a fact is confirmed (domain.md §0 evidence markers): Confirmed, Single source, Inferred, conflicting (X). */
export type Confidence = 'C' | 'S' | 'I' | 'X';

/** A value the sources give, with its source keys and confidence. */
export type Known<T> = {
  readonly value: T;
  readonly isGap: false;
  readonly source: string;
  readonly confidence: Confidence;
};

/** A value the sources do not give: shown as a gap for an administrator to fill, never invented. */
export type Gap = {
  readonly value: null;
  readonly isGap: true;
  readonly source: string;
  readonly note?: string;
};

/** A catalogue value that is either known (with its source) or an explicit gap. */
export type Sourced<T> = Known<T> | Gap;

/** Wraps a value the sources give. */
export function known<T>(value: T, options: { source: string; confidence: Confidence }): Known<T> {
  return { value, isGap: false, source: options.source, confidence: options.confidence };
}

/** Marks a value the sources do not give (cite where it was looked for). */
export function gap(options: { source: string; note?: string }): Gap {
  return options.note === undefined
    ? { value: null, isGap: true, source: options.source }
    : { value: null, isGap: true, source: options.source, note: options.note };
}

/** Whether an unknown value is a gap marker. */
export function isGapMarker(value: unknown): value is Gap {
  return (
    typeof value === 'object' && value !== null && (value as { isGap?: unknown }).isGap === true
  );
}
