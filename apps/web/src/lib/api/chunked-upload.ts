import { z } from '@kinerja/contract';
import { apiHeaders, apiRequest, ApiError, NETWORK_ERROR } from './client';
import { readXhrAnswer } from './xhr-answer';

// Resumable PDF uploads (issue 17; server: apps/server/src/modules/evidence/resumable-upload.ts).
// The file is announced with its size and SHA-256, sent in small chunks, and after a dropped
// connection resumed from the offset the server reports. The session id is remembered on the
// device per file, so even a reload resumes instead of starting over.

/** Bytes per request: small enough for a weak 3T connection to finish one (server allows 1 MB). */
export const CHUNK_BYTES = 256 * 1024;
/** Waits before asking again after a drop, unless the browser says it is back online sooner. */
export const resumeDelaysMs = [1000, 2000, 4000, 8000, 15000, 30000];

const sessionSchema = z.object({
  id: z.string(),
  sizeBytes: z.number(),
  receivedBytes: z.number(),
});
type Session = z.infer<typeof sessionSchema>;
const KEY_PREFIX = 'kinerja.upload.';

/** True where the browser can hash a file (a secure context: https or localhost). */
export const canResumeUploads = (): boolean =>
  typeof crypto !== 'undefined' && typeof crypto.subtle?.digest === 'function';

async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const isNetworkError = (error: unknown) =>
  error instanceof ApiError && (error.code === NETWORK_ERROR || error.status === 0);

/** Waits for the connection to come back (the `online` event) or the delay, whichever is first. */
function waitToResume(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('online', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener('online', done);
  });
}

/**
 * Sends one chunk with XMLHttpRequest, whose upload progress events let the bar move within a
 * chunk (fetch has none); on a weak connection one 256 KB chunk can take many seconds.
 */
function sendChunk(
  session: Session,
  bytes: Blob,
  offset: number,
  onBytes: (sentInChunk: number) => void,
): Promise<Session> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `/api/uploads/${encodeURIComponent(session.id)}/chunk?offset=${offset}`);
    for (const [name, value] of Object.entries(apiHeaders('PUT', false))) {
      xhr.setRequestHeader(name, value);
    }
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => onBytes(event.loaded);
    const dropped = () =>
      reject(new ApiError({ status: 0, code: NETWORK_ERROR, message: 'Network error' }));
    xhr.onerror = dropped;
    xhr.onabort = dropped;
    xhr.ontimeout = dropped;
    xhr.onload = () => {
      const answer = readXhrAnswer(xhr, sessionSchema);
      if (!answer.ok) return reject(answer.error);
      resolve(answer.value);
    };
    xhr.send(bytes);
  });
}

/** The session this device opened for this very file, if the server still has it. */
async function resumableSession(key: string): Promise<Session | null> {
  const id = window.localStorage.getItem(key);
  if (!id) return null;
  try {
    return await apiRequest(sessionSchema, `/api/uploads/${encodeURIComponent(id)}`);
  } catch (error) {
    if (isNetworkError(error)) throw error;
    window.localStorage.removeItem(key);
    return null;
  }
}

/**
 * Sends `file` through a resumable session opened at `openUrl`, then finishes it at the session's
 * complete URL with `completeQuery`; resolves with the server's answer parsed by `schema`.
 */
export async function sendPdfInChunks<S extends z.ZodType>(
  schema: S,
  input: {
    openUrl: string;
    completeQuery: URLSearchParams;
    file: File;
    onProgress: (percent: number) => void;
    /** True while the connection is lost and the upload waits to go on; false once it does. */
    onWaiting?: (waiting: boolean) => void;
  },
): Promise<z.output<S>> {
  const { file } = input;
  const sha256 = await sha256Hex(file);
  const key = `${KEY_PREFIX}${input.openUrl}.${sha256}.${file.size}`;
  let session =
    (await resumableSession(key)) ??
    (await apiRequest(sessionSchema, input.openUrl, {
      method: 'POST',
      body: { fileName: file.name, sizeBytes: file.size, sha256 },
    }));
  window.localStorage.setItem(key, session.id);
  let drops = 0;
  const percentAt = (bytes: number) => Math.floor((bytes / file.size) * 100);
  while (session.receivedBytes < session.sizeBytes) {
    const offset = session.receivedBytes;
    input.onProgress(percentAt(offset));
    try {
      session = await sendChunk(session, file.slice(offset, offset + CHUNK_BYTES), offset, (sent) =>
        input.onProgress(percentAt(offset + sent)),
      );
      if (drops > 0) input.onWaiting?.(false);
      drops = 0;
    } catch (error) {
      const offsetMoved = error instanceof ApiError && error.code === 'UPLOAD_OFFSET_MISMATCH';
      if (!isNetworkError(error) && !offsetMoved) throw error;
      if (!offsetMoved) {
        input.onProgress(percentAt(offset));
        input.onWaiting?.(true);
        await waitToResume(resumeDelaysMs[Math.min(drops, resumeDelaysMs.length - 1)] ?? 30000);
        drops += 1;
      }
      // Ask where the server stands: a chunk may have arrived although its answer was lost.
      try {
        session = await apiRequest(sessionSchema, `/api/uploads/${encodeURIComponent(session.id)}`);
      } catch (statusError) {
        if (!isNetworkError(statusError)) throw statusError;
      }
    }
  }
  input.onWaiting?.(false);
  const done = await apiRequest(
    schema,
    `/api/uploads/${encodeURIComponent(session.id)}/complete?${input.completeQuery.toString()}`,
    { method: 'POST', body: {} },
  );
  window.localStorage.removeItem(key);
  input.onProgress(100);
  return done;
}
