import type { ChangePasswordRequest, LoginRequest, LoginResponse } from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

/** The schemas of the sign-in page, with zod; fetched on first use (or on focus of the form). */
export const loadAuthSchemas = () => import('./auth-schemas');

/** POST /api/auth/login — quiet: a 401 here means wrong credentials, not an ended session. */
export const login = (body: LoginRequest): Promise<LoginResponse> =>
  apiRequest(() => loadAuthSchemas().then((m) => m.loginResponseSchema), '/api/auth/login', {
    method: 'POST',
    body,
    quiet: true,
  });

/** GET /api/auth/oidc/config — whether belajar.id sign-in is offered. */
export const fetchOidcConfig = () =>
  apiRequest(
    () => loadAuthSchemas().then((m) => m.oidcConfigResponseSchema),
    '/api/auth/oidc/config',
    { quiet: true },
  );

/** Where "Masuk dengan akun belajar.id" goes; the server redirects on to the provider. */
export const oidcStartUrl = (returnTo: string): string =>
  `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`;

/** POST /api/auth/change-password */
export const changePassword = (body: ChangePasswordRequest) =>
  apiRequest(() => loadAuthSchemas().then((m) => m.okResponseSchema), '/api/auth/change-password', {
    method: 'POST',
    body,
  });
