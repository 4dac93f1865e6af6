import type { PracticeCycle } from '@kinerja/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole, makePerson } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  apiClient,
  bodyOf,
  errorOf,
  insertApprovedPlan,
  PDF_BYTES,
  signedIn,
  type ApiClient,
} from '../execution-documents/execution-test-support.js';
import { makePlanningSchool } from '../plans/plan-test-support.js';

type Call = { method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'; path: string; body?: unknown };
const T1 = 'penerapan_disiplin_positif_1';

// Every endpoint of the cycle, with a body that is valid for its shape.
const CALLS: Call[] = [
  { method: 'GET', path: '' },
  {
    method: 'PUT',
    path: '/preparation',
    body: { version: 0, focusBehaviourCodes: [T1], scheduledDate: null, scheduledTime: null },
  },
  { method: 'POST', path: '/preparation/finish', body: { version: 0 } },
  { method: 'PUT', path: '/modul-ajar', body: PDF_BYTES },
  { method: 'GET', path: '/modul-ajar' },
  { method: 'DELETE', path: '/modul-ajar' },
  { method: 'PATCH', path: '/observation', body: { version: 0, ratings: {} } },
  { method: 'POST', path: '/observation/finish', body: { version: 0 } },
  { method: 'PUT', path: '/follow-up', body: { version: 0, agreement: 'x' } },
  { method: 'POST', path: '/follow-up/finish', body: { version: 0 } },
  { method: 'POST', path: '/follow-up/acknowledge', body: { version: 0 } },
  { method: 'PUT', path: '/actions', body: { version: 0, actions: [] } },
  { method: 'POST', path: '/actions/finish', body: { version: 0 } },
  { method: 'PUT', path: '/reflection', body: { version: 0, text: 'x' } },
  { method: 'POST', path: '/reflection/submit', body: { version: 0 } },
  { method: 'PUT', path: '/comment', body: { version: 0, comment: 'x' } },
  { method: 'POST', path: '/finish', body: { version: 0 } },
];

// A body each write refuses with 400 (missing or malformed version or fields).
const BAD_BODIES: Record<string, unknown> = {
  '/preparation': {
    version: 0,
    focusBehaviourCodes: [T1],
    scheduledDate: '12-03-2026',
    scheduledTime: null,
  },
  '/preparation/finish': { version: 'satu' },
  '/observation': { version: 0, ratings: { [T1]: { rating: 'baik' } } },
  '/observation/finish': {},
  '/follow-up': { version: 0, agreement: 'x'.repeat(4001) },
  '/follow-up/finish': { version: 1.5 },
  '/follow-up/acknowledge': {},
  '/actions': { version: 0, actions: [{ date: '2026-03-01', description: '  ' }] },
  '/actions/finish': {},
  '/reflection': { version: 0 },
  '/reflection/submit': {},
  '/comment': { version: 0, comment: 5 },
  '/finish': {},
};

describe('practice cycle endpoints: 401, CSRF, 400, 403 and 404 (architecture.md §5)', () => {
  const t = useTestApp({ now: '2026-03-02T03:00:00.000Z' });
  let planId = '';
  const who: Record<'owner' | 'peer' | 'head' | 'otherHead' | 'operator', ApiClient> = {} as never;

  beforeAll(async () => {
    const { app, ctx } = t();
    const a = await makePlanningSchool(ctx.db, { periodId: '2026', teachers: 2 });
    const b = await makePlanningSchool(ctx.db, { periodId: '2026' });
    planId = await insertApprovedPlan(ctx.db, {
      employeeId: a.teachers[0]!.id,
      schoolId: a.school.id,
      periodId: '2026',
    });
    const operator = await makePerson(ctx.db, { jenisPtk: 'Operator', name: 'Operator Uji' });
    await grantRole(ctx.db, {
      personId: operator.id,
      role: 'school_operator',
      schoolId: a.school.id,
    });
    who.owner = await signedIn(app, a.teachers[0]!.email);
    who.peer = await signedIn(app, a.teachers[1]!.email);
    who.head = await signedIn(app, a.principal!.email);
    who.otherHead = await signedIn(app, b.principal!.email);
    who.operator = await signedIn(app, operator.email);
  });

  const send = (client: ApiClient, call: Call, id = planId) => {
    const url = `/api/plans/${id}/practice-cycle${call.path}`;
    const pdf = { 'content-type': 'application/pdf', 'x-file-name': 'modul.pdf' };
    switch (call.method) {
      case 'GET':
        return client.get(url);
      case 'DELETE':
        return client.delete(url);
      case 'PATCH':
        return client.patch(url, call.body);
      case 'POST':
        return client.post(url, call.body);
      case 'PUT':
        return client.put(url, call.body, Buffer.isBuffer(call.body) ? pdf : {});
    }
  };
  const label = (call: Call, body: string) => `${call.method} ${call.path}: ${body.slice(0, 200)}`;

  it('answers 401 without a session, and 403 to writes without the CSRF header', async () => {
    const { app } = t();
    const noCsrf = apiClient(app, { cookie: who.owner.headers.cookie! });
    for (const call of CALLS) {
      const response = await send(apiClient(app, {}), call);
      expect(response.statusCode, label(call, response.body)).toBe(401);
      if (call.method === 'GET') continue;
      const forged = await send(noCsrf, call);
      expect(forged.statusCode, label(call, forged.body)).toBe(403);
      expect(errorOf(forged).code).toBe('CSRF_INVALID');
    }
  });

  it('answers 404 to another teacher and to another school’s principal, 403 to other roles', async () => {
    for (const client of [who.peer, who.otherHead]) {
      for (const call of CALLS) {
        const response = await send(client, call);
        expect(response.statusCode, label(call, response.body)).toBe(404);
      }
    }
    for (const call of CALLS) {
      const response = await send(who.operator, call);
      expect(response.statusCode, label(call, response.body)).toBe(403);
    }
  });

  it('answers 400 for a bad plan id and for each malformed body; nothing is stored', async () => {
    for (const call of CALLS) {
      const response = await send(who.owner, call, 'bukan-uuid');
      expect(response.statusCode, label(call, response.body)).toBe(400);
    }
    for (const [path, body] of Object.entries(BAD_BODIES)) {
      const call = CALLS.find((c) => c.path === path && c.method !== 'GET')!;
      const client = ['/observation', '/follow-up', '/comment'].some((p) => path.startsWith(p))
        ? who.head
        : who.owner;
      const response = await send(client, { ...call, body });
      expect(response.statusCode, label(call, response.body)).toBe(400);
      expect(errorOf(response).code).toBe('VALIDATION_FAILED');
    }
    expect(
      bodyOf<PracticeCycle>(await who.owner.get(`/api/plans/${planId}/practice-cycle`)).version,
    ).toBe(0);
  });

  it('answers 403 when a party writes the other party’s part', async () => {
    const observerOnly = [
      '/observation',
      '/observation/finish',
      '/follow-up',
      '/follow-up/finish',
      '/comment',
    ];
    for (const path of observerOnly) {
      const call = CALLS.find((c) => c.path === path)!;
      const response = await send(who.owner, call);
      expect(response.statusCode, label(call, response.body)).toBe(403);
      expect(errorOf(response).code).toBe('ROLE_NOT_ALLOWED');
    }
    const employeeOnly = [
      '/follow-up/acknowledge',
      '/actions',
      '/actions/finish',
      '/reflection',
      '/reflection/submit',
    ];
    for (const path of employeeOnly) {
      const call = CALLS.find((c) => c.path === path)!;
      const response = await send(who.head, call);
      expect(response.statusCode, label(call, response.body)).toBe(403);
    }
    expect(
      errorOf(await who.owner.get(`/api/plans/${planId}/practice-cycle/modul-ajar`)).status,
    ).toBe(404);
  });
});
