import { DOCUMENTED_ERRORS, transportMessage } from './e-kinerja-errors.js';

/** What one delivery attempt came to. */
export type PushResult =
  | { outcome: 'delivered'; status: number }
  | { outcome: 'duplicate'; status: number }
  | {
      outcome: 'retry';
      status: number | null;
      code: string;
      message: string;
      retryAfterMs: number | null;
    }
  | { outcome: 'failed'; status: number; code: string; message: string };

/** One push to e-Kinerja: where, with which key, how long to wait. */
export type PushRequest = {
  baseUrl: string;
  token: string | undefined;
  /** "skp" or "penilaian" (docs/E-KINERJA.md). */
  path: string;
  idempotencyKey: string;
  body: unknown;
  timeoutMs: number;
};

type ErrorBody = { code?: unknown; message?: unknown; status?: unknown };

async function readJson(response: Response): Promise<ErrorBody> {
  try {
    const value: unknown = await response.json();
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}

function retryAfter(response: Response): number | null {
  const header = response.headers.get('retry-after');
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/** The result of an answer: 2xx delivered, a documented 4xx failed or retried later, 5xx retried. */
async function classify(response: Response): Promise<PushResult> {
  const { status } = response;
  const body = await readJson(response);
  if (status >= 200 && status < 300) {
    return body.status === 'duplicate'
      ? { outcome: 'duplicate', status }
      : { outcome: 'delivered', status };
  }
  const code = typeof body.code === 'string' ? body.code : `HTTP_${status}`;
  if (status === 409 && code === 'DUPLIKAT') return { outcome: 'duplicate', status };
  if (status === 401 || status === 403) {
    return {
      outcome: 'retry',
      status,
      code,
      message: transportMessage.auth(status),
      retryAfterMs: null,
    };
  }
  if (status === 408 || status === 429 || status === 503) {
    const message =
      status === 408 ? transportMessage.server(status) : transportMessage.busy(status);
    return { outcome: 'retry', status, code, message, retryAfterMs: retryAfter(response) };
  }
  if (status >= 500) {
    return {
      outcome: 'retry',
      status,
      code,
      message: transportMessage.server(status),
      retryAfterMs: null,
    };
  }
  const documented = DOCUMENTED_ERRORS[code];
  if (documented) {
    const message = `${documented.text}: ${documented.message}`;
    return documented.retryAfterMs === null
      ? { outcome: 'failed', status, code, message }
      : { outcome: 'retry', status, code, message, retryAfterMs: documented.retryAfterMs };
  }
  const detail = typeof body.message === 'string' ? body.message : 'tanpa keterangan';
  return { outcome: 'failed', status, code, message: transportMessage.rejected(status, detail) };
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function causeOf(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * POSTs one record to e-Kinerja with its idempotency key and a deadline (AbortSignal), and says
 * what happened; it never throws for network trouble (docs/E-KINERJA.md).
 */
export async function pushRecord(request: PushRequest): Promise<PushResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'idempotency-key': request.idempotencyKey,
  };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  try {
    const response = await fetch(`${request.baseUrl}/${request.path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    return await classify(response);
  } catch (error) {
    if (isTimeout(error)) {
      const seconds = Math.round(request.timeoutMs / 100) / 10;
      return {
        outcome: 'retry',
        status: null,
        code: 'TIMEOUT',
        message: transportMessage.timeout(seconds),
        retryAfterMs: null,
      };
    }
    return {
      outcome: 'retry',
      status: null,
      code: 'NETWORK_ERROR',
      message: transportMessage.network(causeOf(error)),
      retryAfterMs: null,
    };
  }
}
