import {
  changePasswordRequestSchema,
  errorResponseSchema,
  loginRequestSchema,
  loginResponseSchema,
  okResponseSchema,
} from '@kinerja/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { clearSessionCookie, requireSession, setSessionCookie } from '../../plugins/session.js';
import { changePassword } from './change-password.js';
import { countMalformedLogin } from './count-malformed-login.js';
import { loginWithPassword } from './login-with-password.js';
import { deleteSession } from './sessions.repository.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

/** Local sign-in, sign-out and password change. */
export const authRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { skipCsrf: true },
        onError: countMalformedLogin(ctx),
        schema: {
          tags: ['auth'],
          summary: 'Masuk dengan email dan kata sandi',
          body: loginRequestSchema,
          response: { 200: loginResponseSchema, ...errors, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const result = await loginWithPassword(ctx, {
          ...request.body,
          ip: request.ip,
          requestId: request.id,
        });
        setSessionCookie(reply, ctx, result.token);
        return { mustChangePassword: result.mustChangePassword, csrfToken: result.csrfToken };
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { allowDuringPasswordChange: true },
        schema: {
          tags: ['auth'],
          summary: 'Keluar',
          response: { 200: okResponseSchema, ...errors },
        },
      },
      async (request, reply) => {
        const session = requireSession(request);
        await deleteSession(ctx.db, session.idHash);
        clearSessionCookie(reply, ctx);
        return { ok: true as const };
      },
    );

    app.post(
      '/api/auth/change-password',
      {
        config: { allowDuringPasswordChange: true },
        schema: {
          tags: ['auth'],
          summary: 'Ganti kata sandi',
          body: changePasswordRequestSchema,
          response: { 200: okResponseSchema, ...errors },
        },
      },
      async (request) => {
        const session = requireSession(request);
        await changePassword(ctx, {
          ...request.body,
          personId: session.personId,
          sessionIdHash: session.idHash,
          requestId: request.id,
        });
        return { ok: true as const };
      },
    );
  };
