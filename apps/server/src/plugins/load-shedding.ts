import type { FastifyInstance } from 'fastify';

/** Seconds a shed client is asked to wait before trying again (the Retry-After header). */
export const SHED_RETRY_AFTER_SECONDS = 2;

/** Health and readiness answer even under overload: an orchestrator must see the instance alive. */
const NEVER_SHED = /^\/api\/(health|ready)(\/|\?|$)/;

/** Archive downloads are bound by the client's line, not by our CPU or database. */
const BULK_DOWNLOAD = /\.zip(\?|$)/;

/** Bodies that are files (evidence PDFs, upload chunks) arrive at the pace of the sender's line. */
const FILE_BODY = /^(application\/(pdf|octet-stream)|multipart\/form-data)/;

/**
 * Whether a request takes one of the limited slots: API work only. Static files, health checks and
 * file transfers do not — a few teachers uploading over a slow 3G line (domain.md §7) would otherwise
 * hold every slot for minutes while the CPU idles, and everyone else would be refused.
 */
export function countsTowardLoad(url: string, contentType: string | undefined): boolean {
  if (!url.startsWith('/api/') || NEVER_SHED.test(url)) return false;
  if (BULK_DOWNLOAD.test(url)) return false;
  return !FILE_BODY.test(contentType ?? '');
}

/**
 * Load shedding (issue 15): past `limit` requests in flight, a new request is answered at once with
 * 503, Retry-After and an Indonesian error instead of queueing behind the others into seconds of
 * latency — on deadline day a quick "coba lagi" beats a page that hangs (domain.md §7). A request
 * counts from its arrival until its response is finished or its connection closed. `limit` 0 turns
 * shedding off.
 */
export function registerLoadShedding(app: FastifyInstance, limit: number): void {
  if (limit <= 0) return;
  let inFlight = 0;
  app.addHook('onRequest', async (request, reply) => {
    if (!countsTowardLoad(request.url, request.headers['content-type'])) return;
    if (inFlight >= limit) {
      return reply
        .code(503)
        .header('retry-after', String(SHED_RETRY_AFTER_SECONDS))
        .send({
          error: {
            code: 'SERVER_BUSY',
            message:
              'Layanan sedang melayani banyak permintaan. Silakan coba lagi dalam beberapa detik.',
            requestId: request.id,
          },
        });
    }
    inFlight += 1;
    // 'close' fires once for every response, finished or aborted, so the count never leaks.
    reply.raw.once('close', () => {
      inFlight -= 1;
    });
  });
}
