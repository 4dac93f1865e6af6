// The e2e suite imports this file from another tsconfig, which must see these declarations too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./oidc-provider.d.ts" />
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** An account the test provider knows, like a belajar.id (Google Workspace) account. */
export type OidcTestAccount = {
  id: string;
  email: string;
  emailVerified?: boolean;
  hd?: string;
  name?: string;
};

/** A running OpenID Connect provider for tests, and how to stop it. */
export type OidcTestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close: () => Promise<void>;
};

const SCOPE = 'openid email profile';

/**
 * Starts a real OpenID Connect provider (oidc-provider) on an ephemeral port with one confidential
 * client registered for `redirectUri`. Its sign-in page is a plain HTML form (`login` = account id,
 * button "Masuk") that works with fetch and in a real browser; consent is granted with the sign-in.
 * `accounts` is read on every sign-in, so a test may push more accounts later.
 * `idTokenHasClaims` puts email claims in the ID token as Google does; otherwise only userinfo has them.
 */
export async function startOidcTestProvider(options: {
  redirectUri: string;
  accounts: OidcTestAccount[];
  host?: string;
  port?: number;
  idTokenHasClaims?: boolean;
}): Promise<OidcTestProvider> {
  const server = createServer();
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;
  const clientId = 'kinerja-test';
  const clientSecret = randomBytes(16).toString('hex');
  const provider = createProvider({ ...options, issuer, clientId, clientSecret });
  const callback = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void handle({ provider, callback, accounts: options.accounts }, req, res);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function createProvider(input: {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: OidcTestAccount[];
  idTokenHasClaims?: boolean;
}): Provider {
  return new Provider(input.issuer, {
    clients: [
      {
        client_id: input.clientId,
        client_secret: input.clientSecret,
        redirect_uris: [input.redirectUri],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'hd'], profile: ['name'] },
    conformIdTokenClaims: !input.idTokenHasClaims,
    findAccount: (_ctx, id) => Promise.resolve(findAccount(input.accounts, id)),
    features: { devInteractions: { enabled: false } },
    // Refuse authorization requests without PKCE, so the tests prove Kinerja sends it.
    pkce: { required: () => true },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    jwks: { keys: [signingKey()] },
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AuthorizationCode: 60,
      AccessToken: 600,
      IdToken: 600,
    },
  });
}

function findAccount(accounts: OidcTestAccount[], id: string) {
  const account = accounts.find((a) => a.id === id);
  if (!account) return undefined;
  return {
    accountId: account.id,
    claims: () => ({
      sub: account.id,
      email: account.email,
      email_verified: account.emailVerified ?? true,
      ...(account.hd ? { hd: account.hd } : {}),
      name: account.name ?? account.id,
    }),
  };
}

function signingKey(): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };
}

/** Serves the interaction pages itself; everything else goes to the provider. */
async function handle(
  op: {
    provider: Provider;
    callback: ReturnType<Provider['callback']>;
    accounts: OidcTestAccount[];
  },
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { provider, accounts } = op;
  const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(
    new URL(req.url ?? '/', 'http://x').pathname,
  );
  try {
    if (!match) return await op.callback(req, res);
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'POST' && match[2]) {
      const login = new URLSearchParams(await readBody(req)).get('login') ?? '';
      if (!accounts.some((a) => a.id === login))
        return sendForm(res, details.uid, `Akun "${login}" tidak dikenal.`);
      const grant = new provider.Grant({
        accountId: login,
        clientId: String(details.params.client_id),
      });
      grant.addOIDCScope(SCOPE);
      const grantId = await grant.save();
      const result = { login: { accountId: login }, consent: { grantId } };
      return await provider.interactionFinished(req, res, result, {
        mergeWithLastSubmission: false,
      });
    }
    return sendForm(res, details.uid);
  } catch (error) {
    res.statusCode = 400;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end(`Interaksi gagal: ${(error as Error).message}`);
  }
}

function sendForm(res: ServerResponse, uid: string, error?: string): void {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(`<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Masuk — penyedia akun uji</title></head>
<body><h1>Penyedia akun uji</h1>${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label for="login">ID akun</label> <input id="login" name="login" autofocus>
<button type="submit">Masuk</button></form></body></html>`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
