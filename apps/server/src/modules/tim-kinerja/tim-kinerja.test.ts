import type { PlanTeamResponse, TimKinerjaMember } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { grantRole, makePerson } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  makeDinasOfficial,
  makePlanningSchool,
  planOf,
} from '../plans/plan-test-support.js';

describe('Tim Kinerja plotting (2026 Pra-Perencanaan)', () => {
  const t = useTestApp({ now: '2025-12-30T03:00:00.000Z' });

  async function schoolWithOperator() {
    const { app, ctx } = t();
    const planning = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const operator = await makePerson(ctx.db, { jenisPtk: 'Operator', name: 'Operator Uji' });
    await grantRole(ctx.db, {
      personId: operator.id,
      role: 'school_operator',
      schoolId: planning.school.id,
    });
    const pengawas = await makePerson(ctx.db, {
      jenisPtk: 'Pengawas Sekolah',
      name: 'Pengawas Plot',
    });
    // The pengawas of this school: with the Dinas, who may sit in a principal's Tim Kinerja
    // (domain.md §1.1, §1.2; a pengawas of another school is refused, tim-kinerja-membership.test).
    await ctx.db
      .insertInto('pengawasSchools')
      .values({ personId: pengawas.id, schoolId: planning.school.id })
      .execute();
    return { ...planning, operator: await clientFor(app, operator.email), pengawas };
  }

  it('the operator plots, lists and removes members; the principal sees them before planning', async () => {
    const { app } = t();
    const { school, principal, operator, pengawas } = await schoolWithOperator();
    const request = { periodId: '2026', employeeId: principal!.id, memberId: pengawas.id };
    const created = await operator.post('/api/tim-kinerja', request);
    expect(created.statusCode).toBe(201);
    const member = created.json<TimKinerjaMember>();
    expect(member).toMatchObject({
      schoolId: school.id,
      employee: { id: principal!.id },
      member: { id: pengawas.id, name: 'Pengawas Plot' },
    });
    expect((await operator.post('/api/tim-kinerja', request)).statusCode).toBe(200);
    const list = (await operator.get(`/api/tim-kinerja?schoolId=${school.id}&periodId=2026`)).json<{
      members: TimKinerjaMember[];
    }>();
    expect(list.members.map((m) => m.id)).toEqual([member.id]);

    const kepsek = await clientFor(app, principal!.email);
    const plan = planOf(await kepsek.post('/api/plans', { periodId: '2026' }), 201);
    const team = (await kepsek.get(`/api/plans/${plan.id}/confirm-team`)).json<PlanTeamResponse>();
    expect(team.timKinerja).toEqual([
      { id: pengawas.id, name: 'Pengawas Plot', source: 'assigned' },
    ]);
    // The plotted pengawas may read the plan they will advise on (domain policy: Tim Kinerja scope).
    expect(
      (await (await clientFor(app, pengawas.email)).get(`/api/plans/${plan.id}`)).statusCode,
    ).toBe(200);

    const otherOperatorSchool = await makePlanningSchool(t().ctx.db, { periodId: '2026' });
    const stranger = await makePerson(t().ctx.db, { jenisPtk: 'Operator' });
    await grantRole(t().ctx.db, {
      personId: stranger.id,
      role: 'school_operator',
      schoolId: otherOperatorSchool.school.id,
    });
    expect(
      (await (await clientFor(app, stranger.email)).delete(`/api/tim-kinerja/${member.id}`))
        .statusCode,
    ).toBe(404);
    expect((await kepsek.delete(`/api/tim-kinerja/${member.id}`)).statusCode).toBe(403);
    expect((await operator.delete(`/api/tim-kinerja/${member.id}`)).json()).toEqual({ ok: true });
    expect((await operator.delete(`/api/tim-kinerja/${member.id}`)).statusCode).toBe(404);
    const actions = await t()
      .ctx.db.selectFrom('auditLog')
      .select('action')
      .where('entityType', '=', 'tim_kinerja_member')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['tim_kinerja.assign', 'tim_kinerja.remove']);
  });

  it('the Dinas of the region may plot too; other schools are hidden; other roles refused', async () => {
    const { app, ctx } = t();
    const { dinas, principal, teacher, pengawas, operator } = await schoolWithOperator();
    const other = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const pejabat = await clientFor(app, (await makeDinasOfficial(ctx.db, dinas.id)).email);
    const request = { periodId: '2026', employeeId: principal!.id, memberId: pengawas.id };
    expect((await pejabat.post('/api/tim-kinerja', request)).statusCode).toBe(201);
    expect(
      (await operator.post('/api/tim-kinerja', { ...request, employeeId: other.principal!.id }))
        .statusCode,
    ).toBe(404);
    expect((await operator.get(`/api/tim-kinerja?schoolId=${other.school.id}`)).statusCode).toBe(
      404,
    );
    const guru = await clientFor(app, teacher.email);
    expect((await guru.post('/api/tim-kinerja', request)).statusCode).toBe(403);
    expect((await guru.get(`/api/tim-kinerja?schoolId=${other.school.id}`)).statusCode).toBe(403);
    expect(
      (await operator.post('/api/tim-kinerja', { ...request, memberId: principal!.id })).statusCode,
    ).toBe(422);
    expect(
      (await operator.post('/api/tim-kinerja', { ...request, memberId: 'x' })).statusCode,
    ).toBe(400);
    expect((await operator.get('/api/tim-kinerja')).statusCode).toBe(400);
    expect(
      (await app.inject({ method: 'GET', url: `/api/tim-kinerja?schoolId=${other.school.id}` }))
        .statusCode,
    ).toBe(401);
    expect(
      (await app.inject({ method: 'DELETE', url: `/api/tim-kinerja/${principal!.id}` })).statusCode,
    ).toBe(401);
  });
});
