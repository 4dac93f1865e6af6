import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// Test support only: a local e-Kinerja that behaves as docs/E-KINERJA.md describes — bearer token,
// Idempotency-Key required, 201 on a new key, 200 {"status":"duplicate"} on a known one, documented
// 4xx codes — plus faults a test can schedule per key: 5xx, Retry-After, a hang (the client times
// out) and a dropped answer after storing (the client never learns it was received).

/** What the server does with one request. */
export type Fault =
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'hang' }
  | { kind: 'drop' };

/** One request as the server saw it. */
export type Received = { path: string; key: string | null; isStored: boolean };

/** A running fake e-Kinerja. */
export type FakeEKinerja = {
  url: string;
  /** Accepted records by idempotency key, each body once. */
  stored: Map<string, unknown>;
  /** How many times each key was stored (must never exceed 1). */
  storeCounts: Map<string, number>;
  received: Received[];
  /** Faults per idempotency key, consumed one per request. */
  faults: Map<string, Fault[]>;
  /** A fault for every request whose body matches, until removed. */
  rejectWhen: ((body: { pegawai?: { nip?: string | null } }) => Fault | null) | null;
  close: () => Promise<void>;
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown, headers = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** Starts the fake on a free local port. */
export async function startFakeEKinerja(token: string): Promise<FakeEKinerja> {
  const fake: FakeEKinerja = {
    url: '',
    stored: new Map(),
    storeCounts: new Map(),
    received: [],
    faults: new Map(),
    rejectWhen: null,
    close: () => Promise.resolve(),
  };
  const store = (key: string, body: unknown) => {
    fake.stored.set(key, body);
    fake.storeCounts.set(key, (fake.storeCounts.get(key) ?? 0) + 1);
  };
  const server = createServer((request, response) => {
    void (async () => {
      const text = await readBody(request);
      const key = request.headers['idempotency-key'];
      const idempotencyKey = typeof key === 'string' ? key : null;
      const path = request.url ?? '';
      const seen: Received = { path, key: idempotencyKey, isStored: false };
      fake.received.push(seen);
      if (request.headers.authorization !== `Bearer ${token}`) {
        return send(response, 401, { code: 'TOKEN_TIDAK_VALID', message: 'Token tidak valid' });
      }
      if (!idempotencyKey) {
        return send(response, 400, { code: 'KUNCI_WAJIB', message: 'Idempotency-Key wajib' });
      }
      const body = JSON.parse(text) as { pegawai?: { nip?: string | null } };
      const fault = fake.faults.get(idempotencyKey)?.shift() ?? fake.rejectWhen?.(body) ?? null;
      if (fault?.kind === 'hang') return; // never answers; the client's AbortSignal ends it
      if (fault?.kind === 'status')
        return send(response, fault.status, fault.body ?? {}, fault.headers);
      if (fake.stored.has(idempotencyKey)) return send(response, 200, { status: 'duplicate' });
      store(idempotencyKey, body);
      seen.isStored = true;
      if (fault?.kind === 'drop') {
        response.socket?.destroy();
        return;
      }
      return send(response, 201, { status: 'accepted' });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}/api/v1`;
  fake.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return fake;
}
