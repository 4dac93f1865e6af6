import type { z } from '@kinerja/contract';
import { ApiError, BAD_RESPONSE, toApiError } from './client';

/**
 * Reads a finished upload request's JSON answer: the parsed value, or the ApiError of a failed
 * status or of an answer that does not match the schema (shared by every XHR upload).
 */
export function readXhrAnswer<S extends z.ZodType>(
  xhr: XMLHttpRequest,
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; error: ApiError } {
  let body: unknown;
  try {
    body = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : undefined;
  } catch {
    body = undefined;
  }
  if (xhr.status < 200 || xhr.status >= 300)
    return { ok: false, error: toApiError(xhr.status, body) };
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const error = new ApiError({
      status: xhr.status,
      code: BAD_RESPONSE,
      message: parsed.error.message,
    });
    return { ok: false, error };
  }
  return { ok: true, value: parsed.data };
}
