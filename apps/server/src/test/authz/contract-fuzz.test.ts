import { beforeAll, expect, it } from 'vitest';
import { useTestApp } from '../test-app.js';
import { auditCount, changedTables, routeCollector, stateDigest } from './authz-runner.js';
import { buildWorld, ROLES, type World } from './authz-world.js';
import { fuzzRequest, type FuzzRequest } from './fuzz-requests.js';
import { seededRandom } from './zod-values.js';

// Bounded fuzz test (issue #12): requests generated from every route's contract schemas, mixing
// valid-shaped, boundary and hostile values, sent by signed-in roles with valid CSRF tokens. Fails
// on any 5xx and on any change of state by a refused (4xx) request. Replay with FUZZ_SEED=<seed>.

const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2000);
// Every WINDOW requests the full table digest is compared when all of them were refused.
const WINDOW = 50;
// These end or change the sender's own session; they are sent signed out or by a throwaway role.
const SESSION_ENDERS = new Set(['POST /api/auth/logout', 'POST /api/auth/change-password']);

const { table, onRoute } = routeCollector();
const t = useTestApp({ onRoute });
let w: World;
beforeAll(async () => {
  w = await buildWorld(t().app, t().ctx.db);
});

type Failure = { cause: string; request: FuzzRequest; role: string; status: number; body: string };

it(`survives ${REQUESTS} generated requests without a 5xx or a change by a refusal (seed ${SEED})`, async () => {
  const { app, ctx } = t();
  const random = seededRandom(SEED);
  const routes = [...table.entries()];
  const failures: Failure[] = [];
  const statuses = new Map<number, number>();
  const strategies = new Map<string, number>();
  const started = Date.now();
  let window: { allRefused: boolean; digest: Record<string, string> } | undefined;
  console.info(
    `contract fuzz: seed ${SEED} (FUZZ_SEED to replay), ${REQUESTS} requests, ${routes.length} routes`,
  );
  for (let i = 0; i < REQUESTS; i++) {
    if (i % WINDOW === 0) {
      if (window?.allRefused) {
        const changed = changedTables(window.digest, await stateDigest(ctx.db));
        if (changed.length > 0) {
          failures.push({
            cause: `refused window changed ${changed.join(', ')}`,
            request: {
              strategy: 'valid',
              detail: '',
              method: '',
              url: `requests ${i - WINDOW}–${i - 1}`,
              headers: {},
            },
            role: '-',
            status: 0,
            body: '',
          });
        }
      }
      window = { allRefused: true, digest: await stateDigest(ctx.db) };
    }
    const [key, route] = random.pick(routes);
    const request = fuzzRequest(w, route, key, random);
    const role = SESSION_ENDERS.has(key) ? 'anon' : random.pick([...ROLES]);
    const before = await auditCount(ctx.db);
    const response = await app.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: { ...w.headers[role], ...request.headers },
      ...(request.payload === undefined ? {} : { payload: request.payload }),
    });
    statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    strategies.set(request.strategy, (strategies.get(request.strategy) ?? 0) + 1);
    if (response.statusCode < 400) window!.allRefused = false;
    const body = response.body.slice(0, 200);
    if (response.statusCode >= 500) {
      failures.push({
        cause: `${response.statusCode} on ${request.strategy}${request.detail ? `: ${request.detail}` : ''}`,
        request,
        role,
        status: response.statusCode,
        body,
      });
    } else if (response.statusCode >= 400 && (await auditCount(ctx.db)) !== before) {
      failures.push({
        cause: `refused ${response.statusCode} but audited on ${key}`,
        request,
        role,
        status: response.statusCode,
        body,
      });
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const byCause = new Map<string, Failure[]>();
  for (const f of failures) byCause.set(f.cause, [...(byCause.get(f.cause) ?? []), f]);
  console.info(
    [
      `contract fuzz: seed ${SEED}, ${REQUESTS} requests in ${seconds} s`,
      `statuses: ${[...statuses]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
      `strategies: ${[...strategies].map(([s, n]) => `${s}×${n}`).join(' ')}`,
      `failures: ${failures.length} in ${byCause.size} causes`,
      ...[...byCause].map(
        ([cause, list]) =>
          `  ${list.length}× ${cause} — e.g. ${list[0]!.role} ${list[0]!.request.method} ${list[0]!.request.url.slice(0, 120)} ${String(list[0]!.request.payload ?? '').slice(0, 80)}`,
      ),
    ].join('\n'),
  );
  expect([...byCause.keys()]).toEqual([]);
}, 600_000);
