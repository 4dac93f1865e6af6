import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import type { AppContext } from '../lib/context.js';

/** Set on every answered state change; while it lives, this browser's reads go to the primary. */
export const WROTE_RECENTLY_COOKIE = 'kinerja_wrote';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Read-your-own-writes with a replica (issue 16 item 2): a request that changes state marks its
 * browser with a short-lived cookie, so the lists and dashboards it reads next come from the
 * primary and never miss what it just wrote, whichever instance answers. A cookie, not memory,
 * because the next request may reach another instance. Without a replica nothing is set.
 */
export function registerReadRouting(app: FastifyInstance, ctx: AppContext): void {
  if (!ctx.replica || ctx.config.readPrimaryAfterWriteSeconds === 0) return;
  const maxAge = ctx.config.readPrimaryAfterWriteSeconds;
  app.addHook('onSend', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    void reply.setCookie(WROTE_RECENTLY_COOKIE, '1', {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.cookieSecure,
      maxAge,
    });
  });
}

/**
 * The database a dashboard or list read may use: the replica, unless there is none or this
 * browser wrote within the last seconds (then the primary, which has its write).
 */
export function readerFor(ctx: AppContext, request: FastifyRequest): Db {
  if (!ctx.replica) return ctx.db;
  return request.cookies[WROTE_RECENTLY_COOKIE] ? ctx.db : ctx.replica.db;
}
