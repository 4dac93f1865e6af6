import type { FastifyInstance } from 'fastify';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { useTestApp } from '../test/test-app.js';
import { APP_CSP } from './security-headers.js';

type Headers = Record<string, string | string[] | number | undefined>;

function expectSecurityHeaders(headers: Headers): void {
  expect(headers['content-security-policy']).toBe(APP_CSP);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
}

describe('security headers over http', () => {
  const t = useTestApp();
  let app: FastifyInstance;
  let webRoot: string;

  beforeAll(async () => {
    // A stand-in SPA build so the index is served whether or not apps/web/dist exists.
    webRoot = await mkdtemp(join(tmpdir(), 'kinerja-web-'));
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>');
    app = await buildApp(t().ctx, { logger: false, webRoot });
    app.get('/api/test-own-csp', async (_request, reply) =>
      reply.header('content-security-policy', 'sandbox').send({ ok: true }),
    );
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('are on an API response, without HSTS over plain http', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expectSecurityHeaders(response.headers);
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('are on the SPA index served for a client route', async () => {
    const response = await app.inject({ method: 'GET', url: '/rencana/123' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expectSecurityHeaders(response.headers);
  });

  it('are on a 404 and on error responses', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/tidak-ada' });
    expect(missing.statusCode).toBe(404);
    expectSecurityHeaders(missing.headers);
    const unauthenticated = await app.inject({ method: 'GET', url: '/api/me' });
    expect(unauthenticated.statusCode).toBe(401);
    expectSecurityHeaders(unauthenticated.headers);
    const invalid = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(invalid.statusCode).toBe(400);
    expectSecurityHeaders(invalid.headers);
  });

  it('keep a CSP the route set itself (file downloads use a sandbox policy)', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test-own-csp' });
    expect(response.headers['content-security-policy']).toBe('sandbox');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('leave HSTS off when only the client claims https and no proxy is trusted', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('security headers with an https PUBLIC_URL', () => {
  const t = useTestApp({ env: { PUBLIC_URL: 'https://kinerja.example.id' } });

  it('add HSTS to API responses and errors', async () => {
    const { app } = t();
    for (const url of ['/api/health', '/api/tidak-ada']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['strict-transport-security']).toBe(
        'max-age=31536000; includeSubDomains',
      );
      expectSecurityHeaders(response.headers);
    }
  });
});

describe('security headers behind a trusted proxy', () => {
  const t = useTestApp({ env: { TRUST_PROXY: 'true' } });

  it('add HSTS only when the proxy says the request came over https', async () => {
    const { app } = t();
    const https = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const http = await app.inject({ method: 'GET', url: '/api/health' });
    expect(http.headers['strict-transport-security']).toBeUndefined();
  });
});
