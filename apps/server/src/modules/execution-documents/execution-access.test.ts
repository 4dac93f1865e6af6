import type { SchoolExecutionListResponse } from '@kinerja/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { grantRole, makePerson } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { makeAdmin, makePlanningSchool } from '../plans/plan-test-support.js';
import {
  apiClient,
  bodyOf,
  errorOf,
  insertApprovedPlan,
  signedIn,
  type ApiClient,
} from './execution-test-support.js';

type Call = { method: 'GET' | 'PUT' | 'POST'; url: string; body?: unknown };
const PERIOD = '2026';

describe('execution documents and lists: 401, CSRF, 400, 403 and 404 (architecture.md §5)', () => {
  const t = useTestApp({ now: '2026-03-02T03:00:00.000Z' });
  let planId = '';
  let schoolId = '';
  const who: Record<'owner' | 'peer' | 'head' | 'otherHead' | 'operator' | 'admin', ApiClient> =
    {} as never;

  beforeAll(async () => {
    const { app, ctx } = t();
    const a = await makePlanningSchool(ctx.db, { periodId: PERIOD, teachers: 2 });
    const b = await makePlanningSchool(ctx.db, { periodId: PERIOD });
    schoolId = a.school.id;
    planId = await insertApprovedPlan(ctx.db, {
      employeeId: a.teachers[0]!.id,
      schoolId: a.school.id,
      periodId: PERIOD,
    });
    await insertApprovedPlan(ctx.db, {
      employeeId: a.teachers[1]!.id,
      schoolId: a.school.id,
      periodId: PERIOD,
    });
    const operator = await makePerson(ctx.db, { jenisPtk: 'Operator', name: 'Operator Uji' });
    await grantRole(ctx.db, { personId: operator.id, role: 'school_operator', schoolId });
    who.owner = await signedIn(app, a.teachers[0]!.email);
    who.peer = await signedIn(app, a.teachers[1]!.email);
    who.head = await signedIn(app, a.principal!.email);
    who.otherHead = await signedIn(app, b.principal!.email);
    who.operator = await signedIn(app, operator.email);
    who.admin = await signedIn(app, (await makeAdmin(ctx.db)).email);
  });

  const planCalls = (id: string): Call[] => [
    { method: 'GET', url: `/api/plans/${id}/execution` },
    { method: 'GET', url: `/api/plans/${id}/documents/competency-reflection` },
    { method: 'GET', url: `/api/plans/${id}/documents/main-duties-checklist` },
    {
      method: 'PUT',
      url: `/api/plans/${id}/documents/competency-reflection`,
      body: { version: 0, text: 'Refleksi' },
    },
    {
      method: 'PUT',
      url: `/api/plans/${id}/documents/main-duties-checklist`,
      body: { version: 0, completedDutyCodes: ['merencanakan_pembelajaran'] },
    },
    {
      method: 'POST',
      url: `/api/plans/${id}/documents/competency-reflection/send`,
      body: { version: 0 },
    },
    {
      method: 'POST',
      url: `/api/plans/${id}/documents/main-duties-checklist/send`,
      body: { version: 0 },
    },
    { method: 'POST', url: `/api/plans/${id}/documents/main-duties-checklist/confirm`, body: {} },
  ];
  const listCalls = (): Call[] => [
    { method: 'GET', url: `/api/schools/${schoolId}/execution` },
    { method: 'GET', url: '/api/pengawas/execution' },
  ];
  const send = (client: ApiClient, call: Call) =>
    call.method === 'GET'
      ? client.get(call.url)
      : call.method === 'PUT'
        ? client.put(call.url, call.body)
        : client.post(call.url, call.body);
  const label = (call: Call, body: string) => `${call.method} ${call.url}: ${body.slice(0, 200)}`;

  it('answers 401 without a session', async () => {
    const { app } = t();
    for (const call of [...planCalls(planId), ...listCalls()]) {
      const response = await send(apiClient(app, {}), call);
      expect(response.statusCode, label(call, response.body)).toBe(401);
    }
  });

  it('refuses state changes without the CSRF header', async () => {
    const { app } = t();
    const noCsrf = apiClient(app, { cookie: who.owner.headers.cookie! });
    for (const call of planCalls(planId).filter((c) => c.method !== 'GET')) {
      const response = await send(noCsrf, call);
      expect(response.statusCode, label(call, response.body)).toBe(403);
      expect(errorOf(response).code).toBe('CSRF_INVALID');
    }
  });

  it('answers 404 to another teacher and to another school’s principal', async () => {
    for (const client of [who.peer, who.otherHead]) {
      for (const call of planCalls(planId)) {
        const response = await send(client, call);
        expect(response.statusCode, label(call, response.body)).toBe(404);
      }
    }
    const list = await who.otherHead.get(`/api/schools/${schoolId}/execution`);
    expect(list.statusCode).toBe(404);
  });

  it('answers 403 to roles that never see plans, and to the wrong party', async () => {
    for (const call of planCalls(planId)) {
      const response = await send(who.operator, call);
      expect(response.statusCode, label(call, response.body)).toBe(403);
    }
    expect((await who.owner.get(`/api/schools/${schoolId}/execution`)).statusCode).toBe(403);
    expect((await who.owner.get('/api/pengawas/execution')).statusCode).toBe(403);
    // The principal reads but does not write the teacher's document; the teacher does not confirm.
    const write = planCalls(planId)[3]!;
    expect(errorOf(await send(who.head, write))).toMatchObject({
      status: 403,
      code: 'ROLE_NOT_ALLOWED',
    });
    expect(errorOf(await send(who.owner, planCalls(planId)[7]!)).status).toBe(403);
    // An administrator reads, never writes.
    expect((await who.admin.get(`/api/plans/${planId}/execution`)).statusCode).toBe(200);
    expect((await send(who.admin, write)).statusCode).toBe(403);
  });

  it('answers 400 for a bad id, kind, body or period', async () => {
    const bad = planCalls('bukan-uuid');
    for (const call of bad) {
      const response = await send(who.owner, call);
      expect(response.statusCode, label(call, response.body)).toBe(400);
    }
    const badBodies: Call[] = [
      { method: 'GET', url: `/api/plans/${planId}/documents/lain` },
      {
        method: 'PUT',
        url: `/api/plans/${planId}/documents/competency-reflection`,
        body: { text: 'x' },
      },
      {
        method: 'PUT',
        url: `/api/plans/${planId}/documents/competency-reflection`,
        body: { version: -1, text: 'x' },
      },
      {
        method: 'PUT',
        url: `/api/plans/${planId}/documents/main-duties-checklist`,
        body: { version: 0, completedDutyCodes: 'semua' },
      },
      { method: 'POST', url: `/api/plans/${planId}/documents/lain/send`, body: { version: 0 } },
      {
        method: 'POST',
        url: `/api/plans/${planId}/documents/competency-reflection/send`,
        body: {},
      },
      {
        method: 'POST',
        url: `/api/plans/${planId}/documents/main-duties-checklist/confirm`,
        body: { note: 'x'.repeat(1001) },
      },
      { method: 'GET', url: '/api/schools/bukan-uuid/execution' },
      { method: 'GET', url: `/api/schools/${schoolId}/execution?periodId=2030` },
    ];
    for (const call of badBodies) {
      const response = await send(who.head, call);
      expect(response.statusCode, label(call, response.body)).toBe(400);
      expect(errorOf(response).message).not.toBe('');
    }
    // Nothing was stored by any refused request.
    const doc = await who.owner.get(`/api/plans/${planId}/documents/competency-reflection`);
    expect(doc.json<{ state: string }>().state).toBe('empty');
  });

  it('the principal’s list: every teacher with each document and the cycle step', async () => {
    bodyOf(
      await who.owner.put(`/api/plans/${planId}/documents/competency-reflection`, {
        version: 0,
        text: 'Refleksi',
      }),
    );
    const list = bodyOf<SchoolExecutionListResponse>(
      await who.head.get(`/api/schools/${schoolId}/execution`),
    );
    expect(list.rows).toHaveLength(2);
    const row = list.rows.find((r) => r.planId === planId);
    expect(row).toMatchObject({
      planStatus: 'approved',
      documents: {
        competencyReflection: { state: 'draft', stateLabel: 'Draf' },
        mainDutiesChecklist: { state: 'empty', isAccountabilityConfirmed: false },
      },
      practice: { state: 'preparation_discussion', letter: 'A', isStarted: false },
    });
    expect((await who.admin.get(`/api/schools/${schoolId}/execution`)).statusCode).toBe(200);
  });

  it('sends each teacher’s employment status, so a PPPK is not listed as "Tanpa NIP"', async () => {
    const { ctx } = t();
    const other = (
      await ctx.db
        .selectFrom('plans')
        .select('employeeId')
        .where('id', '=', planId)
        .executeTakeFirstOrThrow()
    ).employeeId;
    await ctx.db
      .updateTable('people')
      .set({ employmentStatus: 'pppk', nip: null })
      .where('id', '=', other)
      .execute();
    const list = bodyOf<SchoolExecutionListResponse>(
      await who.head.get(`/api/schools/${schoolId}/execution`),
    );
    const statuses = list.rows.map((row) => [row.planId === planId, row.employee.employmentStatus]);
    expect(statuses.sort()).toEqual([
      [false, 'pns'],
      [true, 'pppk'],
    ]);
  });
});
