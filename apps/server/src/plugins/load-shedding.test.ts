import type { FastifyInstance } from 'fastify';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { countsTowardLoad } from './load-shedding.js';
import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { createLocalBlobStore } from '../lib/blob-store/index.js';
import { seedPeriodsAndRuleSets } from '../modules/periods/seed-periods.js';
import { makePerson, signIn } from '../test/factories.js';
import { DEFAULT_NOW } from '../test/test-app.js';
import { openFreshDatabase } from '../test/test-database.js';

/** Counts what the app admitted past the shedding hook, so the test waits on events, not time. */
class Admissions {
  admitted = 0;
  closed = 0;
  private waiters: Array<() => void> = [];
  bump(kind: 'admitted' | 'closed'): void {
    this[kind] += 1;
    for (const wake of this.waiters.splice(0)) wake();
  }
  async until(done: () => boolean): Promise<void> {
    while (!done()) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
}

/** A sign-in whose body never finishes arriving: it stays in flight until destroyed. */
function holdRequest(base: URL): http.ClientRequest {
  const request = http.request({
    host: base.hostname,
    port: base.port,
    method: 'POST',
    path: '/api/auth/login',
    headers: { 'content-type': 'application/json', 'content-length': '200' },
  });
  request.on('error', () => undefined);
  request.write('{"email":');
  return request;
}

describe('load shedding past MAX_IN_FLIGHT_REQUESTS (issue 15)', () => {
  let app: FastifyInstance;
  let base: URL;
  let headers: Record<string, string>;
  let drop: () => Promise<void>;
  const seen = new Admissions();

  beforeAll(async () => {
    const fresh = await openFreshDatabase();
    drop = fresh.drop;
    await migrate(fresh.database);
    const now = new Date(DEFAULT_NOW);
    await seedPeriodsAndRuleSets(fresh.database.db, now);
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      MAX_IN_FLIGHT_REQUESTS: '2',
    });
    const db = fresh.database.db;
    const blobs = createLocalBlobStore('/nonexistent-blobs');
    app = await buildApp(
      { config, database: fresh.database, db, clock: () => now, blobs },
      { logger: false },
    );
    // Registered after the shedding hook, so it sees only admitted requests.
    app.addHook('onRequest', async (request, reply) => {
      if (request.url !== '/api/auth/login' || request.headers['content-length'] !== '200') return;
      reply.raw.once('close', () => seen.bump('closed'));
      seen.bump('admitted');
    });
    const person = await makePerson(db);
    headers = await signIn(app, person.email!);
    base = new URL(await app.listen({ port: 0, host: '127.0.0.1' }));
  });
  afterAll(async () => {
    await app.close();
    await drop();
  });

  it('answers 503 with Retry-After in Indonesian at the limit, never sheds health, recovers', async () => {
    const held = [holdRequest(base), holdRequest(base)];
    await seen.until(() => seen.admitted === 2);

    const me = await fetch(new URL('/api/me', base), { headers });
    expect(me.status).toBe(503);
    expect(me.headers.get('retry-after')).toBe('2');
    const body = (await me.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('SERVER_BUSY');
    expect(body.error.message).toMatch(/coba lagi/i);

    const health = await fetch(new URL('/api/health', base));
    expect(health.status).toBe(200);

    for (const request of held) request.destroy();
    await seen.until(() => seen.closed === 2);
    const after = await fetch(new URL('/api/me', base), { headers });
    expect(after.status).toBe(200);
  });
});

describe('which requests take a slot', () => {
  it('counts API work but not static files, health checks or file transfers', () => {
    expect(countsTowardLoad('/api/me', undefined)).toBe(true);
    expect(countsTowardLoad('/api/plans/x/draft', 'application/json')).toBe(true);
    expect(countsTowardLoad('/assets/index-abc.js', undefined)).toBe(false);
    expect(countsTowardLoad('/api/health', undefined)).toBe(false);
    expect(countsTowardLoad('/api/uploads/u1/chunk', 'application/octet-stream')).toBe(false);
    expect(countsTowardLoad('/api/bukti-karya?title=x', 'application/pdf')).toBe(false);
    expect(countsTowardLoad('/api/schools/s1/assessments/documents.zip', undefined)).toBe(false);
  });
});
