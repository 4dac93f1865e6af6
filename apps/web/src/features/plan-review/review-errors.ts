import type { BerakhlakValueCodeDto } from '@kinerja/contract';
import { berakhlakValueCodeSchema } from '@kinerja/contract';
import { ApiError } from '../../lib/api/client';

/**
 * Per-value messages of a refused write: the request's `expectations.<value>` or
 * `supervisorExpectations.<value>`, or the plan check's `workBehaviour.<value>.supervisorExpectation`.
 */
export function expectationFieldErrors(
  error: unknown,
): Partial<Record<BerakhlakValueCodeDto, string>> {
  if (!(error instanceof ApiError)) return {};
  const found: Partial<Record<BerakhlakValueCodeDto, string>> = {};
  for (const [field, message] of Object.entries(error.fields)) {
    const match = /^(?:expectations|supervisorExpectations|workBehaviour)\.([a-z_]+)/.exec(field);
    const code = berakhlakValueCodeSchema.safeParse(match?.[1]);
    if (code.success) found[code.data] = message;
  }
  return found;
}

/** A 409 other than a version conflict: the plan moved on (decided elsewhere, auto-approved). */
export const isStateConflict = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 409;
