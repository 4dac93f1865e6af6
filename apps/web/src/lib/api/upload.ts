import { apiHeaders, ApiError, BAD_RESPONSE, NETWORK_ERROR, toApiError } from './client';
import type { z } from '@kinerja/contract';

/** Sends one file as multipart field `field`, reporting upload progress (0–100) as it goes. */
export function uploadFile<S extends z.ZodType>(
  schema: S,
  input: { url: string; file: File; field: string; onProgress: (percent: number) => void },
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', input.url);
    for (const [name, value] of Object.entries(apiHeaders('POST', false))) {
      xhr.setRequestHeader(name, value);
    }
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
    const form = new FormData();
    form.append(input.field, input.file);
    xhr.send(form);
  });
}
