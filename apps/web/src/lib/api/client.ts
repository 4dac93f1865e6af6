import { readErrorResponse, type z } from '@kinerja/contract';

// No zod schema is imported here: the shell and the sign-in page must show without downloading
// the contract's schemas (issue 15 item 5). Error answers are read by the contract's zod-free
// reader; an answer's schema may be passed as a loader, fetched only when an answer arrives.

/** Codes the client itself raises when there is no usable server answer. */
export const NETWORK_ERROR = 'NETWORK';
/** The server answered with a body the contract does not describe. */
export const BAD_RESPONSE = 'BAD_RESPONSE';

/** A failed API call: HTTP status, stable code, readable message and per-field messages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** The whole `error` object of the body, for codes that carry more (e.g. a conflict's `current`). */
  readonly details: unknown;

  constructor(input: {
    status: number;
    code: string;
    message: string;
    fields?: Record<string, string>;
    details?: unknown;
  }) {
    super(input.message);
    this.name = 'ApiError';
    this.status = input.status;
    this.code = input.code;
    this.fields = input.fields ?? {};
    this.details = input.details;
  }
}

/** Session-level events every page reacts to the same way. */
export type ApiEvent = 'unauthenticated' | 'password-change-required';

let csrfToken: string | null = null;
let locale: 'id' | 'en' = 'id';
let onEvent: ((event: ApiEvent) => void) | null = null;

/** Remembers the session's CSRF token (from GET /api/me or the sign-in response). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The language server messages should come back in. */
export function setApiLocale(next: 'id' | 'en'): void {
  locale = next;
}

/** Who hears about 401s and forced password changes (the session provider). */
export function setApiEventHandler(handler: ((event: ApiEvent) => void) | null): void {
  onEvent = handler;
}

/** Headers every request carries: JSON, language, and the CSRF token on state changes. */
export function apiHeaders(method: string, hasJsonBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (hasJsonBody) headers['content-type'] = 'application/json';
  // Always say which language: a browser set to English must not get English server text in an
  // Indonesian page.
  headers['accept-language'] = locale;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

/** Turns a non-2xx response body into an ApiError and tells the session about 401/forced change. */
export function toApiError(status: number, body: unknown, quiet = false): ApiError {
  const parsed = readErrorResponse(body);
  const error = parsed
    ? new ApiError({
        status,
        code: parsed.error.code,
        message: parsed.error.message,
        fields: Object.fromEntries((parsed.error.fields ?? []).map((f) => [f.field, f.message])),
        details: (body as { error?: unknown }).error,
      })
    : new ApiError({ status, code: BAD_RESPONSE, message: `HTTP ${status}` });
  if (!quiet && status === 401) onEvent?.('unauthenticated');
  if (!quiet && error.code === 'PASSWORD_CHANGE_REQUIRED') onEvent?.('password-change-required');
  return error;
}

/** Options of one API call. */
export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Do not treat 401 as "session ended" (sign-in itself, the first GET /api/me). */
  quiet?: boolean;
  signal?: AbortSignal;
  /** Extra headers, e.g. `Idempotency-Key` on retried draft saves. */
  headers?: Record<string, string>;
};

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A contract schema, or a loader of it for code on the first page's path (loaded on first answer). */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

/** Calls the API and parses the answer with its contract schema; throws ApiError otherwise. */
export async function apiRequest<S extends z.ZodType>(
  source: SchemaSource<S>,
  path: string,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const method = options.method ?? 'GET';
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { ...apiHeaders(method, hasBody), ...options.headers },
      body: hasBody ? JSON.stringify(options.body) : null,
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: NETWORK_ERROR, message: 'Network error' });
  }
  const body = await readJson(response);
  if (!response.ok) throw toApiError(response.status, body, options.quiet);
  const schema = typeof source === 'function' ? await source() : source;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: BAD_RESPONSE,
      message: parsed.error.message,
    });
  }
  return parsed.data;
}
