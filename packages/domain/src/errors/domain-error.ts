import { messageFor, type MessageCode, type MessageParams } from './messages';

/** Extra facts about a domain error; string/number values also fill message placeholders. */
export type DomainErrorDetails = Readonly<Record<string, unknown>>;

function paramsOf(details: DomainErrorDetails | undefined): MessageParams {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  }
  return params;
}

/** A rule violation with a stable code; the server maps `code` to an HTTP status. */
export class DomainError extends Error {
  /** Stable code from the message catalogue. */
  readonly code: MessageCode;
  /** Structured facts for clients and logs (e.g. the list of plan problems). */
  readonly details?: DomainErrorDetails;

  constructor(code: MessageCode, options: { details?: DomainErrorDetails; cause?: unknown } = {}) {
    super(messageFor(code, 'en', paramsOf(options.details)), { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    if (options.details) this.details = options.details;
  }
}

/** Whether a value is a DomainError. */
export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
