import http from 'node:http';
import type { Recorder } from './planning-recorder.js';

const REQUEST_TIMEOUT_MS = 60_000;

/** An answer of the app: status and parsed JSON body (null when empty). */
export type Answer<T> = { status: number; body: T };

/** A request of a simulated user, named by its endpoint label for the figures. */
export type Call = {
  label: string;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
};

/** Thrown when the flow cannot go on; the answer was already counted by the recorder. */
export class UnexpectedAnswer extends Error {}

/** Keep-alive HTTP/1.1 to the app under test, timing each request until its body is read. */
export class HttpDriver {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

  constructor(
    private readonly base: URL,
    private readonly recorder: Recorder,
  ) {}

  /**
   * Sends one request and records it (a 409 counts as a conflict when `allowConflict`, else as an
   * error); socket errors are recorded as status 0 and thrown.
   */
  send(
    call: Call,
    headers: Record<string, string>,
    allowConflict: boolean,
  ): Promise<Answer<unknown>> {
    const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
    const all: Record<string, string> = { ...headers, ...call.headers };
    if (payload !== undefined) {
      all['content-type'] = 'application/json';
      all['content-length'] = String(Buffer.byteLength(payload));
    }
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const request = http.request(
        { host: this.base.hostname, port: this.base.port, agent: this.agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const ms = performance.now() - started;
            const text = Buffer.concat(chunks).toString('utf8');
            const status = response.statusCode ?? 0;
            this.recorder.record(call.label, { status, ms, detail: text, allowConflict });
            resolve({ status, body: parseJson(text) });
          });
          response.on('error', reject);
        },
      );
      request.method = call.method;
      request.path = call.path;
      for (const [name, value] of Object.entries(all)) request.setHeader(name, value);
      request.setTimeout(REQUEST_TIMEOUT_MS, () => {
        request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`));
      });
      request.on('error', (error) => {
        const ms = performance.now() - started;
        this.recorder.record(call.label, { status: 0, ms, detail: error.message, allowConflict });
        reject(new UnexpectedAnswer(`${call.label}: ${error.message}`));
      });
      request.end(payload);
    });
  }

  /** Closes the idle keep-alive sockets. */
  close(): void {
    this.agent.destroy();
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return text;
  }
}

/** One signed-in person: the session cookie, and the CSRF token the app returns in GET /api/me. */
export class UserSession {
  private csrfToken = '';

  constructor(
    private readonly http: HttpDriver,
    private readonly cookie: string,
  ) {}

  /** GET /api/me, as the web app does on load; keeps the CSRF token for the writes that follow. */
  async open(): Promise<void> {
    const me = await this.call<{ csrfToken: string }>({
      label: 'GET /api/me',
      method: 'GET',
      path: '/api/me',
    });
    this.csrfToken = me.body.csrfToken;
  }

  /**
   * Sends a request with the cookie (and the CSRF token on writes). Returns 2xx answers and, when
   * `allowConflict`, 409 answers; throws UnexpectedAnswer on anything else.
   */
  async call<T>(call: Call, allowConflict = false): Promise<Answer<T>> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (call.method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const answer = await this.http.send(call, headers, allowConflict);
    const ok = answer.status >= 200 && answer.status <= 299;
    if (!ok && !(allowConflict && answer.status === 409)) {
      throw new UnexpectedAnswer(`${call.label}: ${answer.status}`);
    }
    return answer as Answer<T>;
  }
}
