import { OIDC_ERROR_CODES } from './oidc-messages.js';
import { z } from './zod.js';

/** A `galat` code of the sign-in page (oidc-messages.ts). */
export const oidcErrorCodeSchema = z.enum(OIDC_ERROR_CODES);

/** GET /api/auth/oidc/config — whether the sign-in page shows "Masuk dengan akun belajar.id". */
export const oidcConfigResponseSchema = z.object({ enabled: z.boolean() });
export type OidcConfigResponse = z.infer<typeof oidcConfigResponseSchema>;

/** GET /api/auth/oidc/start query: where to go after signing in (a same-origin path). */
export const oidcStartQuerySchema = z.object({
  returnTo: z.string().max(2000).optional().catch(undefined),
});
