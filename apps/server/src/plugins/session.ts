import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from '../lib/app-error.js';
import type { AppContext } from '../lib/context.js';
import { hashToken, safeEqual, SESSION_COOKIE } from '../modules/auth/session-token.js';
import {
  findLiveSession,
  touchSession,
  type SessionRow,
} from '../modules/auth/sessions.repository.js';

// Declaration merging needs interfaces.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
declare module 'fastify' {
  interface FastifyRequest {
    session: SessionRow | null;
  }
  interface FastifyContextConfig {
    /** Route may be used while the person must still change a temporary password. */
    allowDuringPasswordChange?: boolean;
    /** Route is exempt from the CSRF header check (sign-in itself, OIDC callback). */
    skipCsrf?: boolean;
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOUCH_AFTER_MS = 5 * 60 * 1000;

/** Loads the session from its cookie on every API request and enforces CSRF on state changes. */
export function registerSession(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const now = ctx.clock();
    const session = await findLiveSession(ctx.db, hashToken(token), now);
    if (!session) return;
    request.session = session;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await touchSession(ctx.db, session.idHash, now, sessionExpiry(ctx, now));
    }
  });
  app.addHook('preHandler', async (request) => {
    if (
      !request.session ||
      SAFE_METHODS.has(request.method) ||
      request.routeOptions.config.skipCsrf
    )
      return;
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !safeEqual(header, request.session.csrfToken)) {
      throw new AppError({
        code: 'CSRF_INVALID',
        message: 'Token keamanan (CSRF) tidak valid; muat ulang halaman lalu coba lagi.',
      });
    }
  });
}

/** When a session started or used at `now` expires. */
export const sessionExpiry = (ctx: AppContext, now: Date): Date =>
  new Date(now.getTime() + ctx.config.sessionTtlHours * 3600 * 1000);

/** The signed-in session, or 401; 403 while a temporary password must still be changed. */
export function requireSession(request: FastifyRequest): SessionRow {
  const session = request.session;
  if (!session) throw unauthenticated();
  // Only a password sign-in used the temporary password; a belajar.id sign-in never needs it.
  const mustChange = session.mustChangePassword && session.authMethod === 'password';
  if (mustChange && !request.routeOptions.config.allowDuringPasswordChange) {
    throw new AppError({
      code: 'PASSWORD_CHANGE_REQUIRED',
      message: 'Anda harus mengganti kata sandi sementara sebelum melanjutkan.',
    });
  }
  return session;
}

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure behind HTTPS. */
export function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.cookieSecure,
    maxAge: ctx.config.sessionTtlHours * 3600,
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(reply: FastifyReply, ctx: AppContext): void {
  void reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.cookieSecure,
  });
}
