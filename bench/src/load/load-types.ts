/** One HTTP request the load generator may send. */
export type LoadRequest = {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

/** A timed load run: the requests are sent in turn, cycling over the list across all connections. */
export type LoadSpec = {
  url: string;
  connections: number;
  durationSeconds: number;
  requests: LoadRequest[];
};

/** What one load run measured. Latencies in milliseconds. */
export type LoadResult = {
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationSeconds: number;
};

/** Message from the load process to its parent. */
export type LoadReply = { ok: true; result: LoadResult } | { ok: false; error: string };
