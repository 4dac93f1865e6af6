import * as client from 'openid-client';
import type { Config } from '../../config.js';
import { AppError } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { oidcErrorMessage } from '@kinerja/contract';

/** The OpenID Connect settings of a server where belajar.id sign-in is enabled. */
export type OidcSettings = NonNullable<Config['oidc']>;

/** Scopes asked of the provider: identity and the email that matches the person. */
export const OIDC_SCOPE = 'openid email profile';

/** Where the provider sends the browser back. */
export const redirectUri = (ctx: AppContext): string =>
  `${ctx.config.publicUrl}/api/auth/oidc/callback`;

/** The OIDC settings, or 404 OIDC_NOT_CONFIGURED when this server has none. */
export function requireOidc(ctx: AppContext): OidcSettings {
  if (!ctx.config.oidc) {
    throw new AppError({
      code: 'OIDC_NOT_CONFIGURED',
      message: oidcErrorMessage('OIDC_NOT_CONFIGURED'),
    });
  }
  return ctx.config.oidc;
}

// Discovery is an HTTP round trip; keep its result a few hours per issuer and client, and forget a
// failure at once so the next sign-in tries again.
const DISCOVERY_TTL_MS = 6 * 3600 * 1000;
const discovered = new Map<string, { at: number; configuration: Promise<client.Configuration> }>();

/** The provider's discovered configuration for these settings (cached). */
export function oidcConfiguration(settings: OidcSettings): Promise<client.Configuration> {
  const key = JSON.stringify([
    settings.issuer,
    settings.clientId,
    settings.clientSecret,
    settings.allowInsecure,
  ]);
  const cached = discovered.get(key);
  if (cached && performance.now() - cached.at < DISCOVERY_TTL_MS) return cached.configuration;
  const configuration = client.discovery(
    new URL(settings.issuer),
    settings.clientId,
    settings.clientSecret,
    settings.clientSecret ? undefined : client.None(),
    { execute: settings.allowInsecure ? [client.allowInsecureRequests] : [], timeout: 10 },
  );
  void configuration.catch(() => discovered.delete(key));
  discovered.set(key, { at: performance.now(), configuration });
  return configuration;
}
