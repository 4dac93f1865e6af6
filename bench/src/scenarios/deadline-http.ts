import http from 'node:http';

/** Long enough for a saturated shared machine; a step's figures show any answer this slow anyway. */
const REQUEST_TIMEOUT_MS = 120_000;

/** An answer of the app: status (0 = socket error or timeout) and parsed JSON body. */
export type DeadlineAnswer = { status: number; body: unknown; detail: string };

/** A request of a simulated user. */
export type DeadlineRequest = {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  cookie?: string;
  csrf?: string;
  body?: unknown;
  headers?: Record<string, string>;
};

/** Keep-alive HTTP/1.1 to one origin; never throws, a failure is an answer with status 0. */
export class DeadlineHttp {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  private readonly base: URL;

  constructor(origin: string) {
    this.base = new URL(origin);
  }

  /** Sends one request and reads the whole answer. */
  send(call: DeadlineRequest): Promise<DeadlineAnswer> {
    const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
    const headers: Record<string, string> = { ...call.headers };
    if (call.cookie) headers.cookie = call.cookie;
    if (call.csrf && call.method !== 'GET') headers['x-csrf-token'] = call.csrf;
    if (payload !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    return new Promise((resolve) => {
      const request = http.request(
        {
          host: this.base.hostname,
          port: this.base.port,
          agent: this.agent,
          method: call.method,
          path: call.path,
          headers,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: response.statusCode ?? 0, body: parseJson(text), detail: text });
          });
          response.on('error', (error) =>
            resolve({ status: 0, body: null, detail: error.message }),
          );
        },
      );
      request.setTimeout(REQUEST_TIMEOUT_MS, () => {
        request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`));
      });
      request.on('error', (error) => resolve({ status: 0, body: null, detail: error.message }));
      request.end(payload);
    });
  }

  /** Closes the keep-alive sockets. */
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
