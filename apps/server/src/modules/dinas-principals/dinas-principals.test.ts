import type { DinasPrincipalsResponse, HeadlessSchoolsResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import {
  makeDinas,
  makePerson,
  makePrincipal,
  makeRegion,
  makeSchool,
} from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  assessAndSet,
  approvedPlan,
  prepareCatalogues,
  WINDOWS,
} from '../assessments/assessment-test-support.js';
import {
  clientFor,
  makeAdmin,
  makeDinasOfficial,
  makePlanningSchool,
  planOf,
  validContent,
} from '../plans/plan-test-support.js';

const listOf = (response: { statusCode: number; body: string }): DinasPrincipalsResponse => {
  if (response.statusCode !== 200) throw new Error(`${response.statusCode}: ${response.body}`);
  return JSON.parse(response.body) as DinasPrincipalsResponse;
};

describe('GET /api/dinas/:id/principals — what the Dinas confirms and assesses (domain.md §1.2, §3.8)', () => {
  const t = useTestApp();

  it('lists the principals with Pelaksanaan, recommendations and the set assessment; refuses others', async () => {
    const test = t();
    const { app, ctx } = test;
    await prepareCatalogues(test, ['2025']);
    const { dinas, school, principal } = await makePlanningSchool(ctx.db, { periodId: '2025' });
    const assessor = await makeDinasOfficial(ctx.db, dinas.id);
    const pengawas = await makePerson(ctx.db, { jenisPtk: 'Pengawas Sekolah', name: 'Pengawas' });
    await ctx.db
      .insertInto('pengawasSchools')
      .values({ personId: pengawas.id, schoolId: school.id })
      .execute();
    const kepsek = await clientFor(app, principal!.email);
    const pejabat = await clientFor(app, assessor.email);
    const planId = await approvedPlan(test, {
      periodId: '2025',
      employee: kepsek,
      approver: pejabat,
      kind: 'principal',
    });
    const path = `/api/dinas/${dinas.id}/principals?periodId=2025`;

    const before = listOf(await pejabat.get(path));
    expect(before).toMatchObject({
      dinas: { id: dinas.id },
      document: { code: 'tahunan' },
      isAssessor: true,
      total: 1,
    });
    expect(before.rows).toEqual([
      expect.objectContaining({
        employee: expect.objectContaining({ id: principal!.id }),
        school: expect.objectContaining({ id: school.id, npsn: school.npsn }),
        planId,
        planStatus: 'approved',
        assessment: { id: null, state: 'not_started', predikat: null, recommendationCount: 0 },
      }),
    ]);

    test.setNow(WINDOWS['2025'].assessment);
    const binaan = await clientFor(app, pengawas.email);
    const recommended = await binaan.post(`/api/plans/${planId}/assessment/recommendations`, {
      text: 'Observasi menunjukkan kepemimpinan pembelajaran yang baik.',
    });
    expect(recommended.statusCode).toBe(201);
    expect(listOf(await pejabat.get(path)).rows[0]!.assessment.recommendationCount).toBe(1);

    await assessAndSet(pejabat, planId, {
      result: 'meets_expectations',
      behaviour: 'meets_expectations',
    });
    const after = listOf(await pejabat.get(path)).rows[0]!;
    expect(after.assessment).toMatchObject({
      state: 'final',
      predikat: { code: 'baik', label: 'Baik' },
      recommendationCount: 1,
    });

    // An admin reads it too (not the assessor); a bad document names the field.
    const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    expect(listOf(await admin.get(path)).isAssessor).toBe(false);
    const bad = await pejabat.get(`/api/dinas/${dinas.id}/principals?periodId=2025&document=akhir`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('document');

    // Signed out 401; the pengawas and the principal can never see it (403); another region's
    // Dinas gets 404 (existence is private), and so does an unknown id.
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(401);
    expect((await binaan.get(path)).statusCode).toBe(403);
    expect((await kepsek.get(path)).statusCode).toBe(403);
    await makeRegion(ctx.db, { province: '33', regency: '3301' });
    const farDinas = await makeDinas(ctx.db, { provinceCode: '33', regencyCode: '3301' });
    const far = await clientFor(app, (await makeDinasOfficial(ctx.db, farDinas.id)).email);
    expect((await far.get(path)).statusCode).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await pejabat.get(`/api/dinas/${unknown}/principals`)).statusCode).toBe(404);
  });

  it('flags the schools without any atasan and drops one once it has a principal (issue #11 item 9)', async () => {
    const test = t();
    const { app, ctx } = test;
    await prepareCatalogues(test, ['2026']);
    test.setNow(WINDOWS['2026'].planning);
    const { dinas, school, teacher } = await makePlanningSchool(ctx.db, {
      periodId: '2026',
      head: 'none',
      teachers: 2,
    });
    // A Plt school has an atasan (plans approve automatically): not flagged.
    const withActing = await makeSchool(ctx.db, { dinasId: dinas.id, name: 'SMA Plt' });
    const acting = await makePerson(ctx.db, { schoolId: withActing.id, jenisPtk: 'Guru Mapel' });
    await makePrincipal(ctx.db, {
      schoolId: withActing.id,
      personId: acting.id,
      periodId: '2026',
      kind: 'acting',
    });
    const guru = await clientFor(app, teacher.email);
    const started = planOf(await guru.post('/api/plans', { periodId: '2026' }), 201);
    const confirmed = planOf(await guru.post(`/api/plans/${started.id}/personal-data/confirm`));
    const content = validContent('2026');
    planOf(
      await guru.put(`/api/plans/${started.id}/draft`, { version: confirmed.version, content }),
    );
    expect(planOf(await guru.post(`/api/plans/${started.id}/submit`)).status).toBe('submitted');

    const pejabat = await clientFor(app, (await makeDinasOfficial(ctx.db, dinas.id)).email);
    const path = `/api/dinas/${dinas.id}/schools-without-principal?periodId=2026`;
    const flagged = (await pejabat.get(path)).json<HeadlessSchoolsResponse>();
    expect(flagged.total).toBe(1);
    expect(flagged.schools).toEqual([
      { id: school.id, name: school.name, npsn: school.npsn, teachers: 2, waitingPlans: 1 },
    ]);

    const kepala = await makePerson(ctx.db, { schoolId: school.id, jenisPtk: 'Kepala Sekolah' });
    await makePrincipal(ctx.db, { schoolId: school.id, personId: kepala.id, periodId: '2026' });
    expect((await pejabat.get(path)).json<HeadlessSchoolsResponse>()).toMatchObject({
      total: 0,
      schools: [],
    });

    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(401);
    expect((await guru.get(path)).statusCode).toBe(403);
    await makeRegion(ctx.db, { province: '33', regency: '3301' });
    const farDinas = await makeDinas(ctx.db, { provinceCode: '33', regencyCode: '3301' });
    const far = await clientFor(app, (await makeDinasOfficial(ctx.db, farDinas.id)).email);
    expect((await far.get(path)).statusCode).toBe(404);
  });
});
