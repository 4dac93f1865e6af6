import * as client from 'openid-client';
import type { AppContext } from '../../lib/context.js';
import { hashToken } from '../auth/session-token.js';
import { OIDC_SCOPE, oidcConfiguration, redirectUri, type OidcSettings } from './oidc-client.js';
import { insertLoginState } from './oidc-states.repository.js';
import { safeReturnTo } from './oidc-rules.js';

/** How long the person has to finish signing in at the provider. */
export const OIDC_STATE_TTL_MS = 10 * 60 * 1000;

/**
 * Begins "Masuk dengan akun belajar.id": authorization code flow with PKCE (S256), state and nonce,
 * stored in the database for the callback. Returns the provider URL and the state, which the route
 * also binds to the browser in a cookie.
 */
export async function startOidcLogin(
  ctx: AppContext,
  input: { settings: OidcSettings; returnTo: unknown },
): Promise<{ url: string; state: string }> {
  const configuration = await oidcConfiguration(input.settings);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const now = ctx.clock();
  await insertLoginState(ctx.db, {
    stateHash: hashToken(state),
    nonce,
    codeVerifier,
    returnTo: safeReturnTo(input.returnTo),
    now,
    expiresAt: new Date(now.getTime() + OIDC_STATE_TTL_MS),
  });
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri(ctx),
    scope: OIDC_SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state };
}
