import {
  loginResponseSchema,
  oidcConfigResponseSchema,
  okResponseSchema,
  type ChangePasswordRequest,
  type LoginRequest,
  type LoginResponse,
} from '@kinerja/contract';
import { apiRequest } from '../../../lib/api/client';

/** POST /api/auth/login — quiet: a 401 here means wrong credentials, not an ended session. */
export const login = (body: LoginRequest): Promise<LoginResponse> =>
  apiRequest(loginResponseSchema, '/api/auth/login', { method: 'POST', body, quiet: true });

/** GET /api/auth/oidc/config — whether belajar.id sign-in is offered. */
export const fetchOidcConfig = () =>
  apiRequest(oidcConfigResponseSchema, '/api/auth/oidc/config', { quiet: true });

/** Where "Masuk dengan akun belajar.id" goes; the server redirects on to the provider. */
export const oidcStartUrl = (returnTo: string): string =>
  `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`;

/** POST /api/auth/change-password */
export const changePassword = (body: ChangePasswordRequest) =>
  apiRequest(okResponseSchema, '/api/auth/change-password', { method: 'POST', body });
