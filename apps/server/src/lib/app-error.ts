/** Error codes the HTTP layer raises itself, with their status (architecture.md §6). */
export const httpErrorStatus = {
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION_FAILED: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  OIDC_NOT_CONFIGURED: 404,
  INTERNAL: 500,
} as const;

/** A code of httpErrorStatus. */
export type HttpErrorCode = keyof typeof httpErrorStatus;

/** An error with a stable code that the error handler turns into a JSON response. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: Array<{ field: string; message: string }> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(options: {
    code: HttpErrorCode | (string & {});
    message: string;
    status?: number;
    fields?: Array<{ field: string; message: string }>;
    headers?: Record<string, string>;
  }) {
    super(options.message);
    this.code = options.code;
    this.status =
      options.status ?? (httpErrorStatus as Record<string, number>)[options.code] ?? 400;
    this.fields = options.fields;
    this.headers = options.headers;
  }
}

/** 401: not signed in. */
export const unauthenticated = () =>
  new AppError({ code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' });

/** 403: signed in but not allowed. */
export const forbidden = (message = 'Anda tidak memiliki akses untuk tindakan ini.') =>
  new AppError({ code: 'FORBIDDEN', message });

/** 404: missing, or private enough that its existence is not disclosed. */
export const notFound = (message = 'Data tidak ditemukan.') =>
  new AppError({ code: 'NOT_FOUND', message });

/** 400 for one named field. */
export const invalidField = (field: string, message: string) =>
  new AppError({
    code: 'VALIDATION_FAILED',
    message: `${field}: ${message}`,
    fields: [{ field, message }],
  });
