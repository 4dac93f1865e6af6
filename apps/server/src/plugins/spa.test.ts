import type { FastifyInstance } from 'fastify';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { useTestApp } from '../test/test-app.js';
import { cacheControlFor } from './spa.js';

const SCRIPT = `console.log(${JSON.stringify('Kinerja '.repeat(400))});`;

describe('the built SPA over http', () => {
  const t = useTestApp();
  let app: FastifyInstance;
  let webRoot: string;

  beforeAll(async () => {
    // A stand-in build as apps/web/build/precompress.ts leaves it: each file with its .br and .gz.
    webRoot = await mkdtemp(join(tmpdir(), 'kinerja-spa-'));
    await mkdir(join(webRoot, 'assets'));
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(join(webRoot, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    await writeFile(join(webRoot, 'manifest.webmanifest'), '{"name":"Kinerja"}');
    const script = join(webRoot, 'assets', 'index-Bq3xY_9k.js');
    await writeFile(script, SCRIPT);
    await writeFile(`${script}.br`, brotliCompressSync(SCRIPT));
    await writeFile(`${script}.gz`, gzipSync(SCRIPT));
    app = await buildApp(t().ctx, { logger: false, webRoot });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('sends the precompressed brotli file to a browser that accepts it, cached for a year', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/assets/index-Bq3xY_9k.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 5);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // Caches between keep one copy per encoding, so a client without brotli never gets it.
    expect(response.headers.vary).toMatch(/accept-encoding/i);
  });

  it('sends gzip or the plain file to clients without brotli', async () => {
    const gzip = await app.inject({
      method: 'GET',
      url: '/assets/index-Bq3xY_9k.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    const plain = await app.inject({
      method: 'GET',
      url: '/assets/index-Bq3xY_9k.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('makes the browser revalidate the index, whose content changes with every release', async () => {
    const response = await app.inject({ method: 'GET', url: '/rencana' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves the service worker revalidated on every visit, scoped to the whole app (issue 17)', async () => {
    const response = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['service-worker-allowed']).toBe('/');
    expect(response.headers['content-security-policy']).toMatch(/worker-src 'self'/);
    const manifest = await app.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(manifest.headers['service-worker-allowed']).toBeUndefined();
    expect(manifest.headers['content-security-policy']).toMatch(/manifest-src 'self'/);
  });

  it('caches only content-hashed asset names for long', () => {
    expect(cacheControlFor('/srv/web/assets/react-CkL0a1b2.js')).toMatch(/immutable/);
    expect(cacheControlFor('/srv/web/index.html')).toBe('no-cache');
    expect(cacheControlFor('/srv/web/favicon.svg')).toBe('no-cache');
    expect(cacheControlFor('/srv/web/assets/logo.svg')).toBe('no-cache');
  });
});
