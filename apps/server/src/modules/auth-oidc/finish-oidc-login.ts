import type { OidcErrorCode } from '@kinerja/contract';
import * as client from 'openid-client';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { hashToken, safeEqual } from '../auth/session-token.js';
import { startSession } from '../auth/start-session.js';
import { oidcConfiguration, type OidcSettings } from './oidc-client.js';
import { refusalFor, type OidcIdentity } from './oidc-rules.js';
import { consumeLoginState, type OidcLoginState } from './oidc-states.repository.js';

/** A new session and where to go, or why not (shown on the sign-in page). */
export type OidcLoginResult =
  | { ok: true; token: string; returnTo: string }
  | { ok: false; code: OidcErrorCode; email?: string; domain?: string };

type Input = {
  settings: OidcSettings;
  callbackUrl: URL;
  browserState: string | undefined;
  requestId: string;
  log: { warn: (details: object, message: string) => void };
};

/**
 * Completes "Masuk dengan akun belajar.id": checks the one-time state (bound to this browser),
 * exchanges the code with PKCE and nonce, and matches the person by email. Every refusal is audited.
 */
export async function finishOidcLogin(ctx: AppContext, input: Input): Promise<OidcLoginResult> {
  const state = input.callbackUrl.searchParams.get('state');
  const pending = await takePendingLogin(ctx, state, input.browserState);
  if (!state || !pending) return refuse(ctx, input, { code: 'OIDC_STATE_INVALID' });
  let identity: OidcIdentity;
  try {
    identity = await fetchIdentity(input, state, pending);
  } catch (error) {
    input.log.warn({ err: error }, 'OIDC sign-in failed at the provider');
    return refuse(ctx, input, { code: 'OIDC_FAILED' });
  }
  const refusal = refusalFor(identity, input.settings.allowedDomains);
  if (refusal) return refuse(ctx, input, refusal, identity);
  const email = identity.email ?? '';
  const person = await ctx.db
    .selectFrom('people')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (!person) return refuse(ctx, input, { code: 'OIDC_UNKNOWN_EMAIL', email }, identity);
  const session = await ctx.db.transaction().execute((trx) =>
    startSession(ctx, trx, {
      personId: person.id,
      authMethod: 'oidc',
      requestId: input.requestId,
    }),
  );
  return { ok: true, token: session.token, returnTo: pending.returnTo };
}

async function takePendingLogin(
  ctx: AppContext,
  state: string | null,
  browserState: string | undefined,
): Promise<OidcLoginState | undefined> {
  // The state must also be the one this browser started with, so nobody can hand a victim the
  // callback of a sign-in they began themselves (login CSRF).
  if (!state || !browserState || !safeEqual(state, browserState)) return undefined;
  const pending = await consumeLoginState(ctx.db, hashToken(state));
  return pending && pending.expiresAt > ctx.clock() ? pending : undefined;
}

async function fetchIdentity(
  input: Input,
  state: string,
  pending: OidcLoginState,
): Promise<OidcIdentity> {
  const configuration = await oidcConfiguration(input.settings);
  const tokens = await client.authorizationCodeGrant(configuration, input.callbackUrl, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: state,
    expectedNonce: pending.nonce,
  });
  const idClaims = tokens.claims();
  if (!idClaims) throw new Error('the token response has no ID token');
  // Google puts email claims in the ID token; other providers only serve them from userinfo.
  const claims: Record<string, unknown> =
    typeof idClaims.email === 'string'
      ? idClaims
      : {
          ...(await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)),
          ...idClaims,
        };
  return {
    sub: idClaims.sub,
    email: typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null,
    emailVerified: claims.email_verified,
    hd: claims.hd,
  };
}

async function refuse(
  ctx: AppContext,
  input: Input,
  refusal: { code: OidcErrorCode; email?: string; domain?: string },
  identity?: OidcIdentity,
): Promise<OidcLoginResult> {
  await writeAudit(ctx.db, {
    at: ctx.clock(),
    actorId: null,
    action: 'auth.oidc_refused',
    entityType: 'person',
    entityId: null,
    after: {
      reason: refusal.code,
      sub: identity?.sub ?? null,
      email: identity?.email ?? null,
      hd: identity?.hd ?? null,
    },
    requestId: input.requestId,
  });
  return { ok: false, ...refusal };
}
