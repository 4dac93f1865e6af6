import { ApiError, NETWORK_ERROR } from '../../../lib/api/client';

/** Failures worth retrying by themselves: no connection, timeouts, overload, server errors. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (
    error.code === NETWORK_ERROR ||
    error.status === 0 ||
    error.status === 408 ||
    error.status === 429 ||
    error.status >= 500
  );
}
