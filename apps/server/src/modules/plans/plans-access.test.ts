import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole, makeDinas, makePerson, makeRegion } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  makeAdmin,
  makeDinasOfficial,
  makePlanningSchool,
  planOf,
  validContent,
  type Client,
} from './plan-test-support.js';

type Method = 'get' | 'post' | 'put' | 'delete';
type Call = { method: Method; url: string; body?: unknown };

const PERIOD = '2024-S1';

describe('every plan endpoint: 401, 403, 404 for what is private, 400 for bad input', () => {
  const t = useTestApp({ now: '2024-01-10T03:00:00.000Z' });
  let planId = '';
  let schoolId = '';
  let dinasId = '';
  const who: Record<
    'owner' | 'peer' | 'head' | 'otherHead' | 'operator' | 'admin' | 'otherDinas',
    Client
  > = {} as never;

  beforeAll(async () => {
    const { app, ctx } = t();
    const a = await makePlanningSchool(ctx.db, { periodId: PERIOD, teachers: 2 });
    const b = await makePlanningSchool(ctx.db, { periodId: PERIOD });
    schoolId = a.school.id;
    dinasId = a.dinas.id;
    const operator = await makePerson(ctx.db, { jenisPtk: 'Operator', name: 'Operator Uji' });
    await grantRole(ctx.db, {
      personId: operator.id,
      role: 'school_operator',
      schoolId: a.school.id,
    });
    who.owner = await clientFor(app, a.teachers[0]!.email);
    who.peer = await clientFor(app, a.teachers[1]!.email);
    who.head = await clientFor(app, a.principal!.email);
    who.otherHead = await clientFor(app, b.principal!.email);
    who.operator = await clientFor(app, operator.email);
    who.admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    await makeRegion(ctx.db, { province: '33', regency: '3301' });
    const farDinas = await makeDinas(ctx.db, { provinceCode: '33', regencyCode: '3301' });
    who.otherDinas = await clientFor(app, (await makeDinasOfficial(ctx.db, farDinas.id)).email);
    const plan = planOf(await who.owner.post('/api/plans', { periodId: PERIOD }), 201);
    planOf(
      await who.owner.put(`/api/plans/${plan.id}/draft`, {
        version: plan.version,
        content: validContent(PERIOD),
      }),
    );
    planId = plan.id;
  });

  const send = (client: Client, call: Call) => {
    if (call.method === 'get') return client.get(call.url);
    if (call.method === 'delete') return client.delete(call.url);
    return client[call.method](call.url, call.body ?? {});
  };

  async function expectStatus(client: Client, call: Call, status: number) {
    const response = await send(client, call);
    expect(
      response.statusCode,
      `${call.method.toUpperCase()} ${call.url}: ${response.body.slice(0, 300)}`,
    ).toBe(status);
  }

  const planReads = () =>
    ['', '/options', '/practice-options', '/history', '/pdf', '/confirm-team'].map(
      (suffix): Call => ({ method: 'get', url: `/api/plans/${planId}${suffix}` }),
    );

  it('answers 401 without a session', async () => {
    const { app } = t();
    const calls: Array<{ method: 'GET' | 'POST' | 'PUT'; url: string }> = [
      { method: 'GET', url: '/api/plans/mine' },
      { method: 'POST', url: '/api/plans' },
      ...planReads().map((call) => ({ method: 'GET' as const, url: call.url })),
      { method: 'POST', url: `/api/plans/${planId}/submit` },
      { method: 'POST', url: `/api/plans/${planId}/approve` },
      { method: 'POST', url: `/api/plans/${planId}/personal-data/confirm` },
      { method: 'POST', url: `/api/plans/${planId}/confirm-team` },
      { method: 'GET', url: `/api/schools/${schoolId}/plans` },
      { method: 'GET', url: `/api/dinas/${dinasId}/plans` },
      { method: 'GET', url: '/api/pengawas/plans' },
    ];
    for (const call of calls) {
      const response = await app.inject({
        ...call,
        ...(call.method === 'GET' ? {} : { payload: {} }),
      });
      expect(response.statusCode, `${call.method} ${call.url}`).toBe(401);
    }
    const put = await app.inject({
      method: 'PUT',
      url: `/api/plans/${planId}/draft`,
      payload: { version: 1, content: validContent(PERIOD) },
    });
    expect(put.statusCode).toBe(401);
    const ret = await app.inject({
      method: 'POST',
      url: `/api/plans/${planId}/return`,
      payload: { note: 'x' },
    });
    expect(ret.statusCode).toBe(401);
  });

  it("a teacher never reads another teacher's plan, a principal never another school's (404)", async () => {
    for (const call of planReads()) {
      await expectStatus(who.peer, call, 404);
      await expectStatus(who.otherHead, call, 404);
      await expectStatus(who.otherDinas, call, 404);
      await expectStatus(who.owner, call, 200);
      await expectStatus(who.head, call, 200);
      await expectStatus(who.admin, call, 200);
    }
    await expectStatus(
      who.peer,
      {
        method: 'put',
        url: `/api/plans/${planId}/draft`,
        body: { version: 2, content: validContent(PERIOD) },
      },
      404,
    );
    await expectStatus(who.otherHead, { method: 'post', url: `/api/plans/${planId}/approve` }, 404);
    await expectStatus(
      who.otherHead,
      { method: 'post', url: `/api/plans/${planId}/return`, body: { note: 'x' } },
      404,
    );
    await expectStatus(
      who.otherHead,
      { method: 'get', url: `/api/schools/${schoolId}/plans` },
      404,
    );
    await expectStatus(who.otherDinas, { method: 'get', url: `/api/dinas/${dinasId}/plans` }, 404);
  });

  it('answers 403 to roles that can never do it', async () => {
    for (const call of planReads()) await expectStatus(who.operator, call, 403);
    await expectStatus(who.operator, { method: 'get', url: '/api/plans/mine' }, 403);
    await expectStatus(
      who.operator,
      { method: 'post', url: '/api/plans', body: { periodId: PERIOD } },
      403,
    );
    await expectStatus(
      who.head,
      { method: 'post', url: '/api/plans', body: { periodId: PERIOD, kind: 'teacher' } },
      403,
    );
    await expectStatus(
      who.head,
      {
        method: 'put',
        url: `/api/plans/${planId}/draft`,
        body: { version: 2, content: validContent(PERIOD) },
      },
      403,
    );
    await expectStatus(who.head, { method: 'post', url: `/api/plans/${planId}/submit` }, 403);
    await expectStatus(
      who.head,
      { method: 'post', url: `/api/plans/${planId}/personal-data/confirm` },
      403,
    );
    await expectStatus(
      who.head,
      { method: 'put', url: `/api/plans/${planId}/personal-data`, body: { golongan: 'III' } },
      403,
    );
    await expectStatus(who.owner, { method: 'post', url: `/api/plans/${planId}/approve` }, 403);
    await expectStatus(
      who.owner,
      { method: 'post', url: `/api/plans/${planId}/return`, body: { note: 'x' } },
      403,
    );
    await expectStatus(who.admin, { method: 'post', url: `/api/plans/${planId}/approve` }, 403);
    await expectStatus(who.owner, { method: 'get', url: `/api/schools/${schoolId}/plans` }, 403);
    await expectStatus(who.owner, { method: 'get', url: `/api/dinas/${dinasId}/plans` }, 403);
    await expectStatus(who.owner, { method: 'get', url: '/api/pengawas/plans' }, 403);
  });

  it('answers 400 naming the field for bad input, and changes nothing', async () => {
    const calls: Call[] = [
      { method: 'get', url: '/api/plans/mine?periodId=1999' },
      { method: 'get', url: '/api/plans/mine?kind=pengawas' },
      { method: 'post', url: '/api/plans', body: { periodId: 'tahun-lalu' } },
      { method: 'get', url: '/api/plans/123' },
      { method: 'put', url: `/api/plans/${planId}/draft`, body: { content: validContent(PERIOD) } },
      {
        method: 'put',
        url: `/api/plans/${planId}/draft`,
        body: {
          version: 2,
          content: { ...validContent(PERIOD), practiceIndicatorCode: 'Bukan Kode!' },
        },
      },
      {
        method: 'put',
        url: `/api/plans/${planId}/draft`,
        body: { version: 2, content: validContent(PERIOD), lastTab: 'beranda' },
      },
      { method: 'post', url: `/api/plans/${planId}/submit`, body: { version: 'dua' } },
      { method: 'post', url: `/api/plans/${planId}/return`, body: { note: '   ' } },
      {
        method: 'post',
        url: `/api/plans/${planId}/approve`,
        body: { supervisorExpectations: { jujur: 'x' } },
      },
      {
        method: 'put',
        url: `/api/plans/${planId}/supervisor-expectations`,
        body: { expectations: {} },
      },
      { method: 'get', url: `/api/schools/${schoolId}/plans?status=semua` },
      { method: 'get', url: `/api/dinas/${dinasId}/plans?limit=0` },
      { method: 'get', url: '/api/pengawas/plans?periodId=' },
    ];
    for (const call of calls) await expectStatus(who.head, call, 400);
    const untouched = planOf(await who.owner.get(`/api/plans/${planId}`));
    expect(untouched).toMatchObject({
      status: 'draft',
      version: 2,
      content: { practiceIndicatorCode: 'penerapan_disiplin_positif' },
    });
  });

  it('covers the other planning endpoints too: 401, 400 and 403', async () => {
    const { app } = t();
    const noSession: Array<{ method: 'GET' | 'POST' | 'PUT'; url: string; payload?: object }> = [
      { method: 'PUT', url: `/api/plans/${planId}/personal-data`, payload: { golongan: 'III' } },
      {
        method: 'PUT',
        url: `/api/plans/${planId}/supervisor-expectations`,
        payload: { version: 1, expectations: {} },
      },
      {
        method: 'POST',
        url: `/api/schools/${schoolId}/plans/approve`,
        payload: { planIds: [planId] },
      },
      { method: 'POST', url: `/api/notifications/${planId}/read`, payload: {} },
      { method: 'GET', url: `/api/deadline-extensions?personId=${planId}` },
      {
        method: 'POST',
        url: '/api/deadline-extensions',
        payload: {
          personId: planId,
          periodId: PERIOD,
          stage: 'planning',
          until: '2024-02-10',
          reason: 'uji',
        },
      },
      {
        method: 'POST',
        url: '/api/tim-kinerja',
        payload: { employeeId: planId, memberId: planId },
      },
    ];
    for (const call of noSession) {
      expect((await app.inject(call)).statusCode, `${call.method} ${call.url}`).toBe(401);
    }
    for (const call of planReads()) {
      await expectStatus(who.owner, { ...call, url: call.url.replace(planId, 'rencana-1') }, 400);
    }
    await expectStatus(
      who.owner,
      { method: 'post', url: '/api/plans/rencana-1/confirm-team' },
      400,
    );
    await expectStatus(
      who.admin,
      { method: 'get', url: '/api/deadline-extensions?personId=abc' },
      400,
    );
    await expectStatus(who.operator, { method: 'delete', url: '/api/tim-kinerja/abc' }, 400);
    // Confirming a Tim Kinerja is for a principal's own plan only.
    await expectStatus(
      who.owner,
      { method: 'post', url: `/api/plans/${planId}/confirm-team` },
      403,
    );
  });
});
