// Child process that fires the load, so autocannon's own work does not share the event loop (and,
// on a multi-core machine, the core) of the server being measured. Spawned by load-client.ts.
import autocannon from 'autocannon';
import type { LoadReply, LoadRequest, LoadResult, LoadSpec } from './load-types.js';
import { percentile } from './percentile.js';

function runLoad(spec: LoadSpec): Promise<LoadResult> {
  // autocannon's own histogram keeps whole milliseconds; sub-millisecond floors need the raw times.
  const latencies: number[] = [];
  let next = 0;
  const pick = (): LoadRequest => {
    const chosen = spec.requests[next++ % spec.requests.length];
    if (!chosen) throw new Error('empty request list');
    return chosen;
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.durationSeconds,
        requests: [
          {
            // One shared counter: consecutive requests of all connections go to consecutive users.
            setupRequest: (request) => {
              const { method, path, headers, body } = pick();
              const type = body ? { 'content-type': 'application/json' } : {};
              return { ...request, method, path, headers: { ...headers, ...type }, body };
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        resolve(summarise(result, latencies));
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
}

function summarise(result: autocannon.Result, latencies: number[]): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: percentile(latencies, 50),
    p90Ms: percentile(latencies, 90),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? 0,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSeconds: result.duration,
  };
}

process.on('message', (spec: LoadSpec) => {
  runLoad(spec).then(
    (result) => reply({ ok: true, result }),
    (error: unknown) => reply({ ok: false, error: String(error) }),
  );
});

function reply(message: LoadReply): void {
  process.send?.(message);
}
