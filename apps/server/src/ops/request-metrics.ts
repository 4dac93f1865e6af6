import type { FastifyInstance } from 'fastify';
import { Counters, Histograms, LATENCY_BUCKETS, type Family } from './prometheus-text.js';

/** Requests and their latency per route of this process (issue 16 item 5). */
export type RequestMetrics = { families: () => Family[] };

/**
 * Counts every answered request by method, route pattern and status, and its latency by method and
 * route. The route is Fastify's pattern (`/api/plans/:id`), never the raw URL, so the number of
 * series stays bounded; requests that matched no route are one series, `unmatched`.
 */
export function registerRequestMetrics(app: FastifyInstance): RequestMetrics {
  const requests = new Counters();
  const latency = new Histograms(LATENCY_BUCKETS);
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const method = request.method;
    requests.add({ method, route, status: String(reply.statusCode) });
    latency.observe({ method, route }, reply.elapsedTime / 1000);
  });
  return {
    families: () => [
      {
        name: 'kinerja_http_requests_total',
        help: 'HTTP requests answered by this process, by method, route pattern and status.',
        type: 'counter',
        samples: requests.samples(),
      },
      {
        name: 'kinerja_http_request_duration_seconds',
        help: 'Time from receiving a request to sending its answer, by method and route pattern.',
        type: 'histogram',
        samples: latency.samples(),
      },
    ],
  };
}
