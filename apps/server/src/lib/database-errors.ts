/**
 * SQLSTATEs caused by a value the request sent that no contract check caught: NUL in text (22021
 * on both PGlite and PostgreSQL), NUL in JSON (22P05), a malformed uuid/number/date (22P02, 22007,
 * 22008), a number or text out of range (22003, 22001). Mapped to 400 as a last resort only: the
 * contract and the input guard refuse these first, naming the field. Other data exceptions (e.g.
 * 22012 division by zero) are bugs of ours and stay 500.
 */
const BAD_INPUT_STATES = new Set(['22021', '22P05', '22P02', '22007', '22008', '22003', '22001']);

/** Connection-level SQLSTATEs: class 08, server shutting down or starting, too many connections. */
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300)$/;

/** Socket errors of node-postgres when the server cannot be reached. */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** Messages of a database that is gone: PGlite closed, the pg pool ended or its connection cut. */
const UNAVAILABLE_MESSAGES =
  /PGlite is closed|Cannot use a pool after calling end|Connection terminated|timeout exceeded when trying to connect|driver has already been destroyed|Client has encountered a connection error/i;

/** What a database error means for the caller: their bad input, an unreachable database, or neither. */
export function classifyDatabaseError(error: Error): 'bad_input' | 'unavailable' | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (BAD_INPUT_STATES.has(code)) return 'bad_input';
    if (UNAVAILABLE_STATES.test(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return 'unavailable';
  }
  if (UNAVAILABLE_MESSAGES.test(error.message)) return 'unavailable';
  if (
    error instanceof AggregateError &&
    error.errors.some((e) => e instanceof Error && classifyDatabaseError(e) === 'unavailable')
  )
    return 'unavailable';
  return undefined;
}
