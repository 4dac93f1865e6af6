import type { z } from '@kinerja/contract';
import { apiHeaders, ApiError, NETWORK_ERROR } from './client';
import { readXhrAnswer } from './xhr-answer';

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
      const answer = readXhrAnswer(xhr, schema);
      if (!answer.ok) return reject(answer.error);
      input.onProgress(100);
      resolve(answer.value);
    };
    xhr.send(input.file);
  });
}
