import type { ErrorResponse } from './errors.js';

// Without zod, so the web app can read an error answer (e.g. the sign-in page's 401 from
// GET /api/me) before the contract's schemas are downloaded (issue 15 item 5). It accepts exactly
// what errorResponseSchema accepts (error-envelope.test.ts).

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-2xx body as errorResponseSchema reads it, or null when it is not one. */
export function readErrorResponse(body: unknown): ErrorResponse | null {
  if (!isObject(body) || !isObject(body.error)) return null;
  const { code, message, requestId, fields } = body.error;
  if (!isString(code) || !isString(message)) return null;
  if (requestId !== undefined && !isString(requestId)) return null;
  if (fields !== undefined) {
    if (!Array.isArray(fields)) return null;
    const valid = fields.every((f) => isObject(f) && isString(f.field) && isString(f.message));
    if (!valid) return null;
  }
  const list = fields as { field: string; message: string }[] | undefined;
  return {
    error: {
      code,
      message,
      ...(requestId === undefined ? {} : { requestId }),
      ...(list === undefined
        ? {}
        : { fields: list.map((f) => ({ field: f.field, message: f.message })) }),
    },
  };
}
