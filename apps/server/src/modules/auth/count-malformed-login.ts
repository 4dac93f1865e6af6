import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { recordFailure } from './login-throttle.js';

/**
 * The sign-in route's onError hook: a request refused before the password is checked (not JSON,
 * too large, an email of 900 KB) counts as a failure of this client too (issue 12 findings 6–7),
 * held against the email it named when there is one. Wrong passwords are counted by the use case;
 * a 429 is not a new guess and is not counted.
 */
export function countMalformedLogin(ctx: AppContext) {
  return async (request: FastifyRequest, _reply: FastifyReply, error: FastifyError) => {
    if (error instanceof AppError) return;
    const status = error.statusCode ?? 500;
    if (status < 400 || status >= 500) return;
    const body = request.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    try {
      await recordFailure(ctx.db, { email, ip: request.ip, now: ctx.clock() });
    } catch (recordError) {
      request.log.warn({ err: recordError }, 'could not record a malformed sign-in');
    }
  };
}
