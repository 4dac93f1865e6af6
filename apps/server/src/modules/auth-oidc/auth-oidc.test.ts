import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { CookieBrowser, locationOf } from '../../test/cookie-browser.js';
import { makePerson, makeSchool } from '../../test/factories.js';
import {
  startOidcTestProvider,
  type OidcTestAccount,
  type OidcTestProvider,
} from '../../test/oidc-test-provider.js';
import { DEFAULT_NOW, useTestApp } from '../../test/test-app.js';

describe('Masuk dengan akun belajar.id (OpenID Connect against a real provider)', () => {
  const t = useTestApp();
  const accounts: OidcTestAccount[] = [];
  let base = '';
  let userinfoOp: OidcTestProvider;
  let googleLikeOp: OidcTestProvider;

  /** Points the app at a provider, through the same env parsing as production. */
  const useProvider = (op: OidcTestProvider, extra: Record<string, string> = {}) =>
    Object.assign(
      t().ctx.config,
      loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PUBLIC_URL: base,
        OIDC_ISSUER: op.issuer,
        OIDC_CLIENT_ID: op.clientId,
        OIDC_CLIENT_SECRET: op.clientSecret,
        OIDC_ALLOWED_DOMAINS: 'belajar.id',
        OIDC_ALLOW_INSECURE: 'true',
        ...extra,
      }),
    );

  // The app's port is known only once it listens, and the provider needs it as redirect URI.
  beforeAll(async () => {
    const { app } = t();
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const redirectUri = `${base}/api/auth/oidc/callback`;
    userinfoOp = await startOidcTestProvider({ redirectUri, accounts });
    googleLikeOp = await startOidcTestProvider({ redirectUri, accounts, idTokenHasClaims: true });
    useProvider(userinfoOp);
  });
  afterAll(async () => {
    await userinfoOp?.close();
    await googleLikeOp?.close();
  });

  /** Clicks "Masuk dengan akun belajar.id", signs in at the provider as `accountId`, returns to Kinerja. */
  async function signInAs(
    accountId: string,
    options: { browser?: CookieBrowser; returnTo?: string } = {},
  ) {
    const browser = options.browser ?? new CookieBrowser();
    const query =
      options.returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(options.returnTo)}`;
    const start = await browser.go(`${base}/api/auth/oidc/start${query}`);
    expect(start.status).toBe(302);
    const authorizationUrl = locationOf(start);
    const toInteraction = await browser.follow(start);
    const interactionUrl = locationOf(toInteraction);
    expect(await (await browser.go(interactionUrl)).text()).toContain('name="login"');
    const login = await browser.go(`${interactionUrl.href}/login`, {
      method: 'POST',
      form: { login: accountId },
    });
    const toCallback = await browser.follow(login);
    const callbackUrl = locationOf(toCallback);
    expect(callbackUrl.href.startsWith(`${base}/api/auth/oidc/callback?`)).toBe(true);
    const done = await browser.go(callbackUrl);
    expect(done.status).toBe(302);
    return { browser, authorizationUrl, callbackUrl, location: done.headers.get('location') ?? '' };
  }

  const addAccount = (account: OidcTestAccount) => {
    accounts.push(account);
    return account.id;
  };
  const refusals = async (reason: string) =>
    (
      await t()
        .ctx.db.selectFrom('auditLog')
        .select(['after', 'actorId'])
        .where('action', '=', 'auth.oidc_refused')
        .execute()
    ).filter((row) => (row.after as { reason: string }).reason === reason);

  it('reports whether the button is shown', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/auth/oidc/config' });
    expect(response.json()).toEqual({ enabled: true });
  });

  it('signs a registered person in with PKCE, state and nonce; the session works on /api/me', async () => {
    const { app, ctx } = t();
    const school = await makeSchool(ctx.db);
    const person = await makePerson(ctx.db, {
      schoolId: school.id,
      email: 'ani.lestari@guru.sma.belajar.id',
    });
    const id = addAccount({
      id: 'ani',
      email: 'Ani.Lestari@GURU.SMA.belajar.id',
      hd: 'belajar.id',
    });
    const { browser, authorizationUrl, location } = await signInAs(id, {
      returnTo: '/rencana?periode=2026',
    });
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizationUrl.searchParams.get('nonce')).toBeTruthy();
    expect(authorizationUrl.searchParams.get('redirect_uri')).toBe(
      `${base}/api/auth/oidc/callback`,
    );
    expect(location).toBe('/rencana?periode=2026');
    const cookie = `kinerja_session=${browser.cookie('kinerja_session')}`;
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ person: { id: person.id }, authMethod: 'oidc' });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select('after')
      .where('action', '=', 'auth.sign_in')
      .where('entityId', '=', person.id)
      .execute();
    expect(audit.map((a) => a.after)).toEqual([{ method: 'oidc' }]);
    expect(await ctx.db.selectFrom('oidcLoginStates').selectAll().execute()).toHaveLength(0);
    expect(browser.cookie('kinerja_oidc_state')).toBeUndefined();
  });

  it('does not hold a belajar.id sign-in at a temporary password it never used', async () => {
    const { app, ctx } = t();
    await makePerson(ctx.db, { email: 'cici@guru.smp.belajar.id', mustChangePassword: true });
    const { browser } = await signInAs(
      addAccount({ id: 'cici', email: 'cici@guru.smp.belajar.id' }),
    );
    const cookie = `kinerja_session=${browser.cookie('kinerja_session')}`;
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ mustChangePassword: false, authMethod: 'oidc' });
    const periods = await app.inject({
      method: 'POST',
      url: '/api/me/period',
      headers: { cookie, 'x-csrf-token': me.json<{ csrfToken: string }>().csrfToken },
      payload: { periodId: '2025' },
    });
    expect(periods.statusCode).toBe(200);
  });

  it('also reads the claims from the ID token, as Google sends them', async () => {
    const { ctx } = t();
    await makePerson(ctx.db, { email: 'budi@guru.sd.belajar.id' });
    useProvider(googleLikeOp);
    try {
      const { browser, location } = await signInAs(
        addAccount({ id: 'budi', email: 'budi@guru.sd.belajar.id' }),
      );
      expect(location).toBe('/');
      expect(browser.cookie('kinerja_session')).toBeTruthy();
    } finally {
      useProvider(userinfoOp);
    }
  });

  it('refuses an email that is not registered, naming it, with an audit row and no session', async () => {
    const id = addAccount({ id: 'baru', email: 'guru.baru@guru.smp.belajar.id' });
    const { browser, location } = await signInAs(id);
    expect(location).toBe('/masuk?galat=OIDC_UNKNOWN_EMAIL&email=guru.baru%40guru.smp.belajar.id');
    expect(browser.cookie('kinerja_session')).toBeUndefined();
    const rows = await refusals('OIDC_UNKNOWN_EMAIL');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: null,
      after: { email: 'guru.baru@guru.smp.belajar.id', sub: 'baru' },
    });
  });

  it('refuses another domain even when its email is registered and hd claims belajar.id', async () => {
    const { ctx } = t();
    await makePerson(ctx.db, { email: 'citra.pribadi@gmail.com' });
    const gmail = await signInAs(
      addAccount({ id: 'citra', email: 'citra.pribadi@gmail.com', hd: 'belajar.id' }),
    );
    expect(gmail.location).toBe('/masuk?galat=OIDC_WRONG_DOMAIN&domain=gmail.com');
    expect(gmail.browser.cookie('kinerja_session')).toBeUndefined();
    // A look-alike domain is not a subdomain.
    const lookAlike = await signInAs(addAccount({ id: 'tiruan', email: 'x@palsubelajar.id' }));
    expect(lookAlike.location).toBe('/masuk?galat=OIDC_WRONG_DOMAIN&domain=palsubelajar.id');
    expect(await refusals('OIDC_WRONG_DOMAIN')).toHaveLength(2);
  });

  it('refuses an unverified email unless the Workspace domain (hd) vouches for it', async () => {
    const { ctx } = t();
    await makePerson(ctx.db, { email: 'dedi@guru.sd.belajar.id' });
    const unverified = await signInAs(
      addAccount({ id: 'dedi', email: 'dedi@guru.sd.belajar.id', emailVerified: false }),
    );
    expect(unverified.location).toBe(
      '/masuk?galat=OIDC_EMAIL_UNVERIFIED&email=dedi%40guru.sd.belajar.id',
    );
    expect(unverified.browser.cookie('kinerja_session')).toBeUndefined();
    const vouched = await signInAs(
      addAccount({
        id: 'dedi-hd',
        email: 'dedi@guru.sd.belajar.id',
        emailVerified: false,
        hd: 'guru.sd.belajar.id',
      }),
    );
    expect(vouched.location).toBe('/');
    expect(vouched.browser.cookie('kinerja_session')).toBeTruthy();
  });

  it('refuses a replayed callback and a forged state', async () => {
    const { ctx } = t();
    await makePerson(ctx.db, { email: 'eka@guru.sma.belajar.id' });
    const first = await signInAs(addAccount({ id: 'eka', email: 'eka@guru.sma.belajar.id' }));
    expect(first.location).toBe('/');
    const state = first.callbackUrl.searchParams.get('state') ?? '';
    const replay = await fetch(first.callbackUrl, {
      redirect: 'manual',
      headers: { cookie: `kinerja_oidc_state=${state}` },
    });
    expect(replay.headers.get('location')).toBe('/masuk?galat=OIDC_STATE_INVALID');
    expect(
      replay.headers
        .getSetCookie()
        .some((c) => c.startsWith('kinerja_session=') && !c.startsWith('kinerja_session=;')),
    ).toBe(false);
    const forged = await fetch(`${base}/api/auth/oidc/callback?code=abc&state=palsu`, {
      redirect: 'manual',
      headers: { cookie: 'kinerja_oidc_state=palsu' },
    });
    expect(forged.headers.get('location')).toBe('/masuk?galat=OIDC_STATE_INVALID');
    expect(await refusals('OIDC_STATE_INVALID')).toHaveLength(2);
  });

  it('refuses a callback in a browser that did not start the sign-in, without spending the state', async () => {
    const { ctx } = t();
    await makePerson(ctx.db, { email: 'fajar@guru.sma.belajar.id' });
    const id = addAccount({ id: 'fajar', email: 'fajar@guru.sma.belajar.id' });
    const victim = new CookieBrowser();
    const attacker = new CookieBrowser();
    const start = await attacker.go(`${base}/api/auth/oidc/start`);
    const interactionUrl = locationOf(await attacker.follow(start));
    await attacker.go(interactionUrl);
    const toCallback = await attacker.follow(
      await attacker.go(`${interactionUrl.href}/login`, { method: 'POST', form: { login: id } }),
    );
    const planted = await victim.follow(toCallback);
    expect(planted.headers.get('location')).toBe('/masuk?galat=OIDC_STATE_INVALID');
    expect(victim.cookie('kinerja_session')).toBeUndefined();
    const own = await attacker.follow(toCallback);
    expect(own.headers.get('location')).toBe('/');
  });

  it('refuses a sign-in finished more than 10 minutes after it started', async () => {
    const { ctx, setNow } = t();
    await makePerson(ctx.db, { email: 'gita@guru.sma.belajar.id' });
    const id = addAccount({ id: 'gita', email: 'gita@guru.sma.belajar.id' });
    const browser = new CookieBrowser();
    const start = await browser.go(`${base}/api/auth/oidc/start`);
    const interactionUrl = locationOf(await browser.follow(start));
    await browser.go(interactionUrl);
    const toCallback = await browser.follow(
      await browser.go(`${interactionUrl.href}/login`, { method: 'POST', form: { login: id } }),
    );
    setNow(new Date(new Date(DEFAULT_NOW).getTime() + 11 * 60_000).toISOString());
    try {
      const late = await browser.follow(toCallback);
      expect(late.headers.get('location')).toBe('/masuk?galat=OIDC_STATE_INVALID');
    } finally {
      setNow(DEFAULT_NOW);
    }
  });

  it('goes only to same-origin paths after signing in', async () => {
    const { ctx } = t();
    await makePerson(ctx.db, { email: 'hadi@guru.sma.belajar.id' });
    const id = addAccount({ id: 'hadi', email: 'hadi@guru.sma.belajar.id' });
    for (const returnTo of ['//evil.example', 'https://evil.example/', '/\\evil.example']) {
      expect((await signInAs(id, { returnTo })).location).toBe('/');
    }
  });

  it('sends the person back to the sign-in page when the provider refuses or cannot be reached', async () => {
    const browser = new CookieBrowser();
    const start = await browser.go(`${base}/api/auth/oidc/start`);
    const state = locationOf(start).searchParams.get('state') ?? '';
    const denied = await browser.go(
      `${base}/api/auth/oidc/callback?error=access_denied&state=${state}&iss=${encodeURIComponent(userinfoOp.issuer)}`,
    );
    expect(denied.headers.get('location')).toBe('/masuk?galat=OIDC_FAILED');
    useProvider(userinfoOp, { OIDC_ISSUER: 'http://127.0.0.1:9' });
    try {
      const unreachable = await fetch(`${base}/api/auth/oidc/start`, { redirect: 'manual' });
      expect(unreachable.headers.get('location')).toBe('/masuk?galat=OIDC_FAILED');
    } finally {
      useProvider(userinfoOp);
    }
  });
});

describe('belajar.id sign-in when the server has no OIDC settings', () => {
  const t = useTestApp();

  it('hides the button and answers 404 OIDC_NOT_CONFIGURED', async () => {
    const { app } = t();
    expect((await app.inject({ method: 'GET', url: '/api/auth/oidc/config' })).json()).toEqual({
      enabled: false,
    });
    for (const url of [
      '/api/auth/oidc/start?returnTo=/',
      '/api/auth/oidc/callback?code=a&state=b',
    ]) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'OIDC_NOT_CONFIGURED' } });
    }
  });
});
