import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { grantRole, makePerson, makePrincipal, makeSchool, signIn } from '../test/factories.js';
import { useTestApp } from '../test/test-app.js';

type Headers = Record<string, string>;
type ErrorBody = { error: { code: string; message: string; fields?: Array<{ field: string }> } };

/**
 * Issue 12 finding 7: every bad input is a 4xx with a clear Indonesian message, never a 500.
 * The caller is admin, operator and principal of a school, so each request gets past authority
 * to the point where the bad value would reach the database.
 */
describe('bad input never answers 500', () => {
  const t = useTestApp();
  let headers: Headers;
  let schoolId: string;
  let personId: string;

  beforeAll(async () => {
    const { ctx, app } = t();
    const school = await makeSchool(ctx.db);
    const person = await makePerson(ctx.db, { schoolId: school.id });
    await grantRole(ctx.db, { personId: person.id, role: 'admin' });
    await grantRole(ctx.db, { personId: person.id, role: 'school_operator', schoolId: school.id });
    await makePrincipal(ctx.db, { schoolId: school.id, personId: person.id });
    headers = await signIn(app, person.email!);
    schoolId = school.id;
    personId = person.id;
  });

  const NUL = '\u0000';
  const cases: Array<{
    name: string;
    field: string;
    method: 'GET' | 'POST' | 'PUT';
    url: () => string;
    body?: () => object;
  }> = [
    {
      name: 'POST /api/me/period',
      field: 'periodId',
      method: 'POST',
      url: () => '/api/me/period',
      body: () => ({ periodId: NUL }),
    },
    {
      name: 'GET /api/plans/mine?periodId=%00',
      field: 'periodId',
      method: 'GET',
      url: () => '/api/plans/mine?periodId=%00',
    },
    {
      name: 'GET /api/schools/:id/plans?periodId=%00',
      field: 'periodId',
      method: 'GET',
      url: () => `/api/schools/${schoolId}/plans?periodId=%00`,
    },
    {
      name: 'POST /api/plans',
      field: 'periodId',
      method: 'POST',
      url: () => '/api/plans',
      body: () => ({ periodId: `2026${NUL}` }),
    },
    {
      name: 'GET /api/tim-kinerja',
      field: 'periodId',
      method: 'GET',
      url: () => `/api/tim-kinerja?schoolId=${schoolId}&periodId=%00`,
    },
    {
      name: 'POST /api/tim-kinerja',
      field: 'periodId',
      method: 'POST',
      url: () => '/api/tim-kinerja',
      body: () => ({ periodId: NUL, employeeId: personId, memberId: personId }),
    },
    {
      name: 'GET /api/deadline-extensions',
      field: 'periodId',
      method: 'GET',
      url: () => `/api/deadline-extensions?personId=${personId}&periodId=%00`,
    },
    {
      name: 'POST /api/deadline-extensions',
      field: 'reason',
      method: 'POST',
      url: () => '/api/deadline-extensions',
      body: () => ({
        personId,
        periodId: NUL,
        stage: 'planning',
        until: '2026-02-07',
        reason: `sakit${NUL}`,
      }),
    },
    {
      name: 'GET /api/catalogues/competency-indicators',
      field: 'periodId',
      method: 'GET',
      url: () => '/api/catalogues/competency-indicators?periodId=%00',
    },
    {
      name: 'PUT /api/catalogues/competency-indicators/:periodId/:groupCode',
      field: 'periodId',
      method: 'PUT',
      url: () => '/api/catalogues/competency-indicators/%00/pedagogik',
      body: () => ({ indicators: [{ code: 'P1', name: 'Indikator uji' }] }),
    },
    { name: 'GET /api/plans/:id', field: 'id', method: 'GET', url: () => '/api/plans/%00' },
    {
      name: 'PUT /api/plans/:id/draft (a nested text field)',
      field: 'content.additionalDuties.0.skReference',
      method: 'PUT',
      url: () => `/api/plans/${personId}/draft`,
      body: () => ({
        version: 1,
        content: { additionalDuties: [{ code: 'x', skReference: `SK${NUL}` }] },
      }),
    },
  ];

  for (const c of cases) {
    it(`${c.name} with a NUL byte is a 400 naming the field`, async () => {
      const { app } = t();
      const response = await app.inject({
        method: c.method,
        url: c.url(),
        headers,
        ...(c.body ? { payload: c.body() } : {}),
      });
      expect(response.statusCode, response.body).toBe(400);
      const body = response.json<ErrorBody>();
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.message).toMatch(/karakter kendali/);
      expect(body.error.fields?.map((f) => f.field)).toContain(c.field);
    });
  }
  it('answers 413 with a message for a body over the 1 MB limit', async () => {
    const { app } = t();
    const response = await app.inject({
      method: 'POST',
      url: '/api/me/period',
      headers,
      payload: { periodId: 'x'.repeat(1_100_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json<ErrorBody>().error.message).toBe('Isi permintaan terlalu besar.');
  });

  it('answers 400 naming the field for an oversized value under the body limit', async () => {
    const { app } = t();
    const response = await app.inject({
      method: 'GET',
      url: `/api/plans/mine?periodId=${'9'.repeat(5000)}`,
      headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.fields?.map((f) => f.field)).toEqual(['periodId']);
  });
});

describe('bad input that still reaches the database', () => {
  const t = useTestApp();
  let app: FastifyInstance;

  beforeAll(async () => {
    // Routes that skip the contract on purpose, to prove the error handler's last resort.
    app = await buildApp(t().ctx, { logger: false });
    app.post('/api/test-raw-text', async (request) => {
      const { value } = request.body as { value: string };
      await sql`select ${Buffer.from(value, 'base64').toString()}::text`.execute(t().ctx.db);
      return { ok: true };
    });
    app.post('/api/test-raw-uuid', async (request) => {
      const { value } = request.body as { value: string };
      await sql`select ${value}::uuid`.execute(t().ctx.db);
      return { ok: true };
    });
    await app.ready();
  });
  afterAll(async () => app.close());

  it('is a 400, not a 500, for a NUL in text (SQLSTATE 22021)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/test-raw-text',
      payload: { value: Buffer.from('a\u0000b').toString('base64') },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('is a 400, not a 500, for a malformed uuid (SQLSTATE 22P02)', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/test-raw-uuid',
      payload: { value: 'bukan-uuid' },
    });
    expect(response.statusCode, response.body).toBe(400);
  });
});
