import type { Answer } from '../planning-supervision-api.js';

/** Requests sent through the proxy and how they were answered, for the closing figures. */
export type Traffic = { requests: number; serverErrors: number; networkErrors: number };

/** A signed-in client over plain HTTP (fetch), shaped like the e2e `Api`/`CycleApi` helpers. */
export type FetchApi = {
  get: <T>(path: string) => Promise<Answer<T>>;
  post: <T>(path: string, data?: unknown) => Promise<Answer<T>>;
  put: <T>(path: string, data: unknown) => Promise<Answer<T>>;
  patch: <T>(path: string, data: unknown) => Promise<Answer<T>>;
};

const PASSWORD = 'kinerja-demo-2026';

async function send(
  traffic: Traffic,
  url: string,
  init: RequestInit,
): Promise<{ status: number; text: string; headers: Headers }> {
  traffic.requests += 1;
  try {
    const response = await fetch(url, init);
    if (response.status >= 500) traffic.serverErrors += 1;
    return { status: response.status, text: await response.text(), headers: response.headers };
  } catch (error) {
    traffic.networkErrors += 1;
    throw error;
  }
}

/**
 * Signs `email` in through `baseUrl` (the demo password) and returns a client of that session. It
 * sends only the session cookie, unless `rememberWrites`: then it also keeps the read-your-own-writes
 * cookie the server sets after a state change (`kinerja_wrote`), as a browser would.
 */
export async function signInOverHttp(
  baseUrl: string,
  email: string,
  traffic: Traffic,
  options: { rememberWrites?: boolean } = {},
): Promise<FetchApi> {
  const login = await send(traffic, `${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const cookie = /kinerja_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
  if (login.status !== 200 || !cookie)
    throw new Error(`login ${email}: ${login.status} ${login.text}`);
  const { csrfToken } = JSON.parse(login.text) as { csrfToken: string };
  let wrote = '';
  const remember = (headers: Headers) => {
    const set = /kinerja_wrote=([^;]*)/.exec(headers.get('set-cookie') ?? '');
    if (options.rememberWrites && set) wrote = set[1] ? `kinerja_wrote=${set[1]}` : '';
  };
  remember(login.headers);
  const call =
    (method: string) =>
    async <T>(path: string, data?: unknown): Promise<Answer<T>> => {
      const headers: Record<string, string> = {
        cookie: wrote ? `${cookie}; ${wrote}` : cookie,
        'x-csrf-token': csrfToken,
        accept: 'application/json',
      };
      if (data !== undefined || method !== 'GET') headers['content-type'] = 'application/json';
      const answer = await send(traffic, `${baseUrl}${path}`, {
        method,
        headers,
        ...(method === 'GET' ? {} : { body: JSON.stringify(data ?? {}) }),
      });
      remember(answer.headers);
      return { status: answer.status, body: (answer.text ? JSON.parse(answer.text) : null) as T };
    };
  return { get: call('GET'), post: call('POST'), put: call('PUT'), patch: call('PATCH') };
}
