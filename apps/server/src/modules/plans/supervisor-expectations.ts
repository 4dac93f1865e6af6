import type { BerakhlakValueCode } from '@kinerja/domain';
import type { StoredExpectations } from './plan-content.js';

/** Incoming "Ekspektasi Khusus Pimpinan" per value; an empty text removes the value's entry. */
export type ExpectationsInput = Partial<Record<BerakhlakValueCode, string>>;

/** The stored expectations after the supervisor's writing. */
export function mergeExpectations(options: {
  stored: StoredExpectations;
  incoming: ExpectationsInput;
  writtenBy: string;
  now: Date;
}): StoredExpectations {
  const next: StoredExpectations = { ...options.stored };
  for (const [value, text] of Object.entries(options.incoming) as Array<
    [BerakhlakValueCode, string | undefined]
  >) {
    if (text === undefined) continue;
    if (text === '') delete next[value];
    else next[value] = { text, writtenAt: options.now.toISOString(), writtenBy: options.writtenBy };
  }
  return next;
}

/** The expectation texts only, for the decision history. */
export function expectationTexts(stored: StoredExpectations): Record<string, string> {
  return Object.fromEntries(Object.entries(stored).map(([value, entry]) => [value, entry.text]));
}
