import { apiHeaders, ApiError, NETWORK_ERROR } from './client';
import { readXhrAnswer } from './xhr-answer';
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
      const answer = readXhrAnswer(xhr, schema);
      if (!answer.ok) return reject(answer.error);
      input.onProgress(100);
      resolve(answer.value);
    };
    const form = new FormData();
    form.append(input.field, input.file);
    xhr.send(form);
  });
}
