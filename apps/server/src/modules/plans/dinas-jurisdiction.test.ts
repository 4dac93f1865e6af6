import type {
  AreaDashboardResponse,
  DinasPlanListResponse,
  EKinerjaExport,
} from '@kinerja/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import {
  approvePlan,
  CLOCK,
  evidenceOf,
  pdfBytes,
  personFor,
  type Person,
} from '../evidence/evidence-test-support.js';
import { makeAdmin, makeDinasOfficial, makePlanningSchool } from './plan-test-support.js';

// UU 23/2014: the provincial Dinas governs SMA/SMK/SLB, the kabupaten/kota Dinas PAUD/SD/SMP —
// each sees and acts on its own level AND region only (domain.md §1.1, issue #12 finding 4).
describe('a Dinas reaches the schools of its own level and region', () => {
  const t = useTestApp({ now: CLOCK.s1Planning });
  const P = '?periodId=2024-S1';
  let ids: {
    smaSchool: string;
    sdSchool: string;
    straySchool: string;
    smaPlan: string;
    sdPlan: string;
    smaSlot: string;
    provinsi: string;
    kabupaten: string;
  };
  let provinsi: Person;
  let kabupaten: Person;
  let admin: Person;

  beforeAll(async () => {
    const test = t();
    const { app, ctx } = test;
    const sma = await makePlanningSchool(ctx.db, { periodId: '2024-S1', jenjang: 'SMA' });
    const sd = await makePlanningSchool(ctx.db, { periodId: '2024-S1', jenjang: 'SD' });
    // An SMA wrongly attributed (schools.dinas_id) to the kabupaten Dinas: its lists must not show it.
    const stray = await makePlanningSchool(ctx.db, { periodId: '2024-S1', jenjang: 'SMA' });
    await ctx.db
      .updateTable('schools')
      .set({ dinasId: sd.dinas.id })
      .where('id', '=', stray.school.id)
      .execute();
    const approve = (school: typeof sma) =>
      approvePlan(test, {
        teacherEmail: school.teacher.email,
        headEmail: school.principal!.email,
        periodId: '2024-S1',
        planningNow: CLOCK.s1Planning,
      });
    const smaPlan = await approve(sma);
    const sdPlan = await approve(sd);
    await approve(stray);
    test.setNow(CLOCK.s1Execution);
    provinsi = await personFor(app, (await makeDinasOfficial(ctx.db, sma.dinas.id)).email);
    kabupaten = await personFor(app, (await makeDinasOfficial(ctx.db, sd.dinas.id)).email);
    admin = await personFor(app, (await makeAdmin(ctx.db)).email);
    const teacher = await personFor(app, sma.teacher.email);
    const smaSlot = (await evidenceOf(teacher, smaPlan.id)).slots[0]!.id;
    const uploaded = await teacher.upload(
      `/api/plans/${smaPlan.id}/evidence/${smaSlot}/file`,
      pdfBytes(700, 'yurisdiksi'),
      { query: { kind: 'certificate', issuedOn: '2024-02-01' } },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    ids = {
      smaSchool: sma.school.id,
      sdSchool: sd.school.id,
      straySchool: stray.school.id,
      smaPlan: smaPlan.id,
      sdPlan: sdPlan.id,
      smaSlot,
      provinsi: sma.dinas.id,
      kabupaten: sd.dinas.id,
    };
  });

  it("hides an SMA teacher's plan, evidence file, ZIP and e-Kinerja export from the kabupaten Dinas", async () => {
    const urls = [
      `/api/plans/${ids.smaPlan}`,
      `/api/plans/${ids.smaPlan}/evidence`,
      `/api/plans/${ids.smaPlan}/evidence/${ids.smaSlot}/file`,
      `/api/plans/${ids.smaPlan}/assessment`,
      `/api/schools/${ids.smaSchool}/plans${P}`,
      `/api/schools/${ids.smaSchool}/evidence${P}`,
      `/api/schools/${ids.smaSchool}/assessments/documents.zip${P}`,
      `/api/schools/${ids.smaSchool}/e-kinerja/export${P}`,
      `/api/schools/${ids.smaSchool}/dashboard${P}`,
    ];
    for (const url of urls)
      expect([url, (await kabupaten.get(url)).statusCode]).toEqual([url, 404]);
    // The provincial Dinas, which governs SMA, reaches every one of them.
    for (const url of urls) expect([url, (await provinsi.get(url)).statusCode]).toEqual([url, 200]);
  });

  it("hides an SD teacher's plan from the provincial Dinas; the kabupaten Dinas reaches it", async () => {
    const urls = [
      `/api/plans/${ids.sdPlan}`,
      `/api/plans/${ids.sdPlan}/evidence`,
      `/api/schools/${ids.sdSchool}/plans${P}`,
      `/api/schools/${ids.sdSchool}/e-kinerja/export${P}`,
    ];
    for (const url of urls) expect([url, (await provinsi.get(url)).statusCode]).toEqual([url, 404]);
    for (const url of urls)
      expect([url, (await kabupaten.get(url)).statusCode]).toEqual([url, 200]);
  });

  it("keeps a Dinas office's own area to a Dinas of its level", async () => {
    const area = (dinasId: string) => [
      `/api/dinas/${dinasId}/plans${P}`,
      `/api/dinas/${dinasId}/dashboard${P}`,
      `/api/dinas/${dinasId}/assessments/documents.zip${P}`,
      `/api/dinas/${dinasId}/e-kinerja/export${P}`,
    ];
    for (const url of area(ids.kabupaten))
      expect([url, (await provinsi.get(url)).statusCode]).toEqual([url, 404]);
    for (const url of area(ids.provinsi))
      expect([url, (await kabupaten.get(url)).statusCode]).toEqual([url, 404]);
  });

  it("lists and counts only the schools of the Dinas' level", async () => {
    const list = (
      await kabupaten.get(`/api/dinas/${ids.kabupaten}/plans${P}`)
    ).json<DinasPlanListResponse>();
    expect(list.plans.map((row) => row.school.id)).toEqual([ids.sdSchool]);
    expect(list.total).toBe(1);
    const dashboard = (
      await kabupaten.get(`/api/dinas/${ids.kabupaten}/dashboard${P}`)
    ).json<AreaDashboardResponse>();
    expect(dashboard.rows.map((row) => row.code)).toEqual([ids.sdSchool]);
    const exported = (
      await kabupaten.get(`/api/dinas/${ids.kabupaten}/e-kinerja/export${P}`)
    ).json<EKinerjaExport>();
    expect(exported.records.map((record) => record.skp.planId)).toEqual([ids.sdPlan]);
    // The province: the provincial Dinas counts its SMA teachers (2), the admin every teacher (3).
    const byProvince = (
      await provinsi.get(`/api/dashboards/provinces/32${P}`)
    ).json<AreaDashboardResponse>();
    const byAdmin = (
      await admin.get(`/api/dashboards/provinces/32${P}`)
    ).json<AreaDashboardResponse>();
    expect([byProvince.totals.teachers, byAdmin.totals.teachers]).toEqual([2, 3]);
    expect(byProvince.totals.planning.approved).toBe(2);
  });

  it('shows the e-Kinerja sync log of its level only', async () => {
    const rows = async (who: Person) =>
      (await who.get('/api/e-kinerja/outbox')).json<{ rows: Array<{ id: number }> }>().rows;
    const [all, ofProvince, ofKabupaten] = [
      await rows(admin),
      await rows(provinsi),
      await rows(kabupaten),
    ];
    expect(all).toHaveLength(3);
    expect([ofProvince.length, ofKabupaten.length]).toEqual([2, 1]);
  });
});
