import type { z } from '@kinerja/contract';
import { apiHeaders, ApiError, BAD_RESPONSE, NETWORK_ERROR, toApiError } from './client';

/**
 * Sends one PDF as the raw request body (the server judges it by its bytes while streaming), its
 * name URL-encoded in `x-file-name`, reporting progress (0–100) as it goes.
 */
export function sendRawPdf<S extends z.ZodType>(
  schema: S,
  input: {
    method: 'PUT' | 'POST';
    url: string;
    file: File;
    onProgress: (percent: number) => void;
  },
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(input.method, input.url);
    for (const [name, value] of Object.entries(apiHeaders(input.method, false))) {
      xhr.setRequestHeader(name, value);
    }
    xhr.setRequestHeader('content-type', 'application/pdf');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(input.file.name));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) input.onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () =>
      reject(new ApiError({ status: 0, code: NETWORK_ERROR, message: 'Network error' }));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status < 200 || xhr.status >= 300) return reject(toApiError(xhr.status, body));
      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        return reject(
          new ApiError({ status: xhr.status, code: BAD_RESPONSE, message: parsed.error.message }),
        );
      }
      input.onProgress(100);
      resolve(parsed.data);
    };
    xhr.send(input.file);
  });
}
