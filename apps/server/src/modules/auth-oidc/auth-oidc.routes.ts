import {
  errorResponseSchema,
  oidcConfigResponseSchema,
  oidcStartQuerySchema,
} from '@kinerja/contract';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { setSessionCookie } from '../../plugins/session.js';
import { finishOidcLogin, type OidcLoginResult } from './finish-oidc-login.js';
import { requireOidc } from './oidc-client.js';
import { OIDC_STATE_TTL_MS, startOidcLogin } from './start-oidc-login.js';

/** Cookie binding a pending sign-in to the browser that started it. */
const STATE_COOKIE = 'kinerja_oidc_state';
const COOKIE_PATH = '/api/auth/oidc';

/** "Masuk dengan akun belajar.id" (OpenID Connect; architecture.md §5, domain.md §3.1). */
export const authOidcRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/auth/oidc/config',
      {
        schema: {
          tags: ['auth'],
          summary: 'Apakah masuk dengan akun belajar.id aktif',
          response: { 200: oidcConfigResponseSchema },
        },
      },
      () => ({ enabled: ctx.config.oidc !== undefined }),
    );

    app.get(
      '/api/auth/oidc/start',
      {
        schema: {
          tags: ['auth'],
          summary: 'Mulai masuk dengan akun belajar.id (302 ke penyedia akun)',
          querystring: oidcStartQuerySchema,
          response: { 404: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const settings = requireOidc(ctx);
        let started: { url: string; state: string };
        try {
          started = await startOidcLogin(ctx, { settings, returnTo: request.query.returnTo });
        } catch (error) {
          request.log.warn({ err: error }, 'OIDC provider unreachable');
          return reply.redirect(signInPageUrl({ ok: false, code: 'OIDC_FAILED' }), 302);
        }
        void reply.setCookie(STATE_COOKIE, started.state, {
          path: COOKIE_PATH,
          httpOnly: true,
          sameSite: 'lax',
          secure: ctx.config.cookieSecure,
          maxAge: OIDC_STATE_TTL_MS / 1000,
        });
        return reply.redirect(started.url, 302);
      },
    );

    app.get(
      '/api/auth/oidc/callback',
      {
        config: { skipCsrf: true },
        schema: {
          tags: ['auth'],
          summary: 'Kembali dari penyedia akun belajar.id (302)',
          response: { 404: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const settings = requireOidc(ctx);
        const query = new URL(request.url, 'http://kinerja.invalid').search;
        const result = await finishOidcLogin(ctx, {
          settings,
          callbackUrl: new URL(`${ctx.config.publicUrl}/api/auth/oidc/callback${query}`),
          browserState: request.cookies[STATE_COOKIE],
          requestId: request.id,
          log: request.log,
        });
        clearStateCookie(reply, ctx);
        if (result.ok) setSessionCookie(reply, ctx, result.token);
        return reply.redirect(signInPageUrl(result), 302);
      },
    );
  };

/** After the callback: where the person asked to go, or the sign-in page with the reason. */
function signInPageUrl(result: OidcLoginResult): string {
  if (result.ok) return result.returnTo;
  const params = new URLSearchParams({ galat: result.code });
  if (result.email) params.set('email', result.email);
  if (result.domain) params.set('domain', result.domain);
  return `/masuk?${params.toString()}`;
}

function clearStateCookie(reply: FastifyReply, ctx: AppContext): void {
  void reply.clearCookie(STATE_COOKIE, {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.cookieSecure,
  });
}
