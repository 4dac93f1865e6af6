import type { Assessment, NotificationListResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { makeDinas, makePerson } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  codeOf,
  makeDinasOfficial,
  makePlanningSchool,
} from '../plans/plan-test-support.js';
import {
  approvedPlan,
  assessAndSet,
  documentText,
  draftBody,
  pageOf,
  prepareCatalogues,
  WINDOWS,
} from './assessment-test-support.js';

describe('the Dinas assesses a principal with the pengawas as Tim Kinerja (domain.md §1.2, §3.8, §3.9)', () => {
  const t = useTestApp();

  it('the pengawas recommends, the Dinas assessor sets, and the school’s capaian feeds its teachers', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    test.setNow(WINDOWS['2025'].planning);
    await prepareCatalogues(test, ['2025']);
    const { dinas, school, teachers, principal } = await makePlanningSchool(ctx.db, {
      periodId: '2025',
      teachers: 3,
    });
    const assessor = await makeDinasOfficial(ctx.db, dinas.id);
    const kadis = await makePerson(ctx.db, {
      jenisPtk: 'Kepala Dinas Pendidikan',
      name: 'Kepala Dinas Uji',
    });
    await ctx.db
      .insertInto('dinasOfficials')
      .values({ personId: kadis.id, dinasId: dinas.id, isAssessor: false, isHead: true })
      .execute();
    // An official of another Dinas office of the same level (the province governs the SMA,
    // domain.md §1.1) and region: in the jurisdiction, not the assessor.
    const colleagueDinas = await makeDinas(ctx.db, { level: 'provinsi' });
    const colleague = await makeDinasOfficial(ctx.db, colleagueDinas.id, false);
    const pengawas = await makePerson(ctx.db, {
      jenisPtk: 'Pengawas Sekolah',
      name: 'Pengawas Binaan',
    });
    await ctx.db
      .insertInto('pengawasSchools')
      .values({ personId: pengawas.id, schoolId: school.id })
      .execute();
    const kepsek = await clientFor(app, principal!.email);
    const pejabat = await clientFor(app, assessor.email);
    const principalPlan = await approvedPlan(test, {
      periodId: '2025',
      employee: kepsek,
      approver: pejabat,
      kind: 'principal',
    });
    const teacherPlans: string[] = [];
    for (const teacher of teachers) {
      const guru = await clientFor(app, teacher.email);
      teacherPlans.push(
        await approvedPlan(test, { periodId: '2025', employee: guru, approver: kepsek }),
      );
    }

    setNow(WINDOWS['2025'].assessment);
    const binaan = await clientFor(app, pengawas.email);
    const dinasAssessor = await clientFor(app, assessor.email);
    const principalClient = await clientFor(app, principal!.email);

    // The pengawas reads the page and recommends before anything is set.
    const seen = pageOf(await binaan.get(`/api/plans/${principalPlan}/assessment`));
    expect(seen.assessment).toMatchObject({
      state: 'not_started',
      assessor: { id: assessor.id },
      abilities: { canEdit: false, canFinalize: false, canRecommend: true },
    });
    const recommended = pageOf(
      await binaan.post(`/api/plans/${principalPlan}/assessment/recommendations`, {
        text: 'Kepemimpinan pembelajaran meningkat setelah observasi; layak Di Atas Ekspektasi.',
      }),
      201,
    );
    expect(recommended.recommendations).toEqual([
      expect.objectContaining({
        author: { id: pengawas.id, name: 'Pengawas Binaan' },
        text: 'Kepemimpinan pembelajaran meningkat setelah observasi; layak Di Atas Ekspektasi.',
      }),
    ]);
    // A recommendation does not move the assessor's version.
    expect(recommended.assessment.version).toBe(0);
    const empty = await binaan.post(`/api/plans/${principalPlan}/assessment/recommendations`, {
      text: '   ',
    });
    expect(empty.statusCode).toBe(400);

    // Only the Dinas assessor writes: not the pengawas, not another official, not the principal.
    const body = draftBody({
      version: 0,
      result: 'meets_expectations',
      behaviour: 'above_expectations',
    });
    const byPengawas = await binaan.put(`/api/plans/${principalPlan}/assessment`, body);
    expect(byPengawas.statusCode).toBe(403);
    const other = await clientFor(app, colleague.email);
    const byColleague = await other.put(`/api/plans/${principalPlan}/assessment`, body);
    expect(byColleague.statusCode).toBe(403);
    expect(codeOf(byColleague)).toBe('NOT_ASSESSOR');
    expect(
      (await principalClient.put(`/api/plans/${principalPlan}/assessment`, body)).statusCode,
    ).toBe(404);

    const notes = (await dinasAssessor.get('/api/notifications')).json<NotificationListResponse>();
    expect(notes.notifications.map((note) => note.kind)).toContain('assessment_recommended');
    const page = pageOf(await dinasAssessor.get(`/api/plans/${principalPlan}/assessment`));
    expect(page.recommendations).toHaveLength(1);
    expect(page.assessment.abilities).toMatchObject({ canEdit: true, canRecommend: false });

    // The draft rating is the school's capaian as the assessor sets it (§5.3): Sesuai → Baik.
    const draft = pageOf(await dinasAssessor.put(`/api/plans/${principalPlan}/assessment`, body));
    expect(draft.organisation).toMatchObject({
      achievement: { code: 'baik', label: 'Baik' },
      total: 0,
    });
    const set = pageOf(
      await dinasAssessor.post(`/api/assessments/${draft.assessment.id}/finalize`, {
        version: draft.assessment.version,
        isConfirmed: true,
      }),
    );
    expect(set.assessment).toMatchObject({
      state: 'final',
      predikat: { code: 'baik' },
      finalizedBy: { id: assessor.id },
      employee: { kind: 'principal', id: principal!.id },
    });
    const late = await binaan.post(`/api/plans/${principalPlan}/assessment/recommendations`, {
      text: 'Terlambat.',
    });
    expect(late.statusCode).toBe(409);
    expect(codeOf(late)).toBe('ASSESSMENT_FINAL');

    // The principal reads their own result and document: the Dinas assessor signs, another official
    // of the Dinas is the atasan.
    const own = (
      await principalClient.get(`/api/assessments/${draft.assessment.id}`)
    ).json<Assessment>();
    expect(own).toMatchObject({ state: 'final', predikat: { label: 'Baik' } });
    const text = documentText(
      (await principalClient.get(`/api/assessments/${draft.assessment.id}/pdf`)).rawPayload,
    );
    expect(text).toContain('Kepala Sekolah (Guru Ahli Pertama)');
    expect(text).toContain(assessor.name);
    expect(text).toContain('Kepala Dinas Uji');
    expect(text).toContain('Kepala Dinas Pendidikan');
    expect(text).toContain(dinas.name.toUpperCase());
    // Field 20 of a principal: their own Rating Hasil Kerja (Sesuai Ekspektasi → Baik).
    expect(text).toMatch(/CAPAIAN KINERJA ORGANISASI\nBaik/);

    // The teachers' assessor now sees the capaian and, before setting, the §5.3 warnings.
    const headOfTeachers = await clientFor(app, principal!.email);
    await assessAndSet(headOfTeachers, teacherPlans[0]!, {
      result: 'meets_expectations',
      behaviour: 'meets_expectations',
    });
    await assessAndSet(headOfTeachers, teacherPlans[1]!, {
      result: 'meets_expectations',
      behaviour: 'meets_expectations',
    });
    const lastDraft = pageOf(
      await headOfTeachers.put(
        `/api/plans/${teacherPlans[2]}/assessment`,
        draftBody({ version: 0, result: 'meets_expectations', behaviour: 'meets_expectations' }),
      ),
    );
    expect(lastDraft.organisation).toMatchObject({
      achievement: { code: 'baik' },
      principal: { id: principal!.id },
      total: 3,
      counts: { baik: 3 },
    });
    expect(lastDraft.organisation.warnings.map((warning) => warning.code)).toEqual([
      'DISTRIBUTION_SHARE_ABOVE_MAX',
      'DISTRIBUTION_REQUIRED_MISSING',
    ]);
    expect(lastDraft.organisation.warnings[1]!.message).toContain('Butuh Perbaikan');
    // The warnings never block "Tetapkan" (enforcement is not confirmed, domain.md §5.3).
    const teacherSet = pageOf(
      await headOfTeachers.post(`/api/assessments/${lastDraft.assessment.id}/finalize`, {
        version: lastDraft.assessment.version,
        isConfirmed: true,
      }),
    );
    expect(teacherSet.assessment.state).toBe('final');
    const teacherPdf = documentText(
      (await headOfTeachers.get(`/api/assessments/${lastDraft.assessment.id}/pdf`)).rawPayload,
    );
    expect(teacherPdf).toMatch(/CAPAIAN KINERJA ORGANISASI\nBaik/);
    // For a teacher the Dinas assessor is the Atasan Pejabat Penilai Kinerja — with the same
    // jabatan as on the principal's own document (one record per official, issue 14 item 5).
    expect(teacherPdf).toContain(assessor.name);
    expect(teacherPdf).toContain('Pejabat Penilai Kinerja Dinas Pendidikan');
    expect(text).toContain('Pejabat Penilai Kinerja Dinas Pendidikan');
  });

  it('a plotted Tim Kinerja member of a teacher may recommend; other teachers may not', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    test.setNow(WINDOWS['2026'].planning);
    await prepareCatalogues(test, ['2026']);
    const { school, teachers, principal } = await makePlanningSchool(ctx.db, {
      periodId: '2026',
      teachers: 3,
    });
    const [assessed, peer, outsider] = teachers as [
      (typeof teachers)[0],
      (typeof teachers)[0],
      (typeof teachers)[0],
    ];
    await ctx.db
      .insertInto('timKinerjaMembers')
      .values({
        periodId: '2026',
        employeeId: assessed.id,
        memberId: peer.id,
        schoolId: school.id,
        provinceCode: '32',
        assignedBy: principal!.id,
      })
      .execute();
    const kepsek = await clientFor(app, principal!.email);
    const planId = await approvedPlan(test, {
      periodId: '2026',
      employee: await clientFor(app, assessed.email),
      approver: kepsek,
    });
    setNow(WINDOWS['2026'].execution);
    const member = await clientFor(app, peer.email);
    const page = pageOf(
      await member.post(`/api/plans/${planId}/assessment/recommendations`, {
        text: 'Rekan sejawat: modul ajar selalu siap.',
      }),
      201,
    );
    expect(page.recommendations.map((item) => item.author.id)).toEqual([peer.id]);
    const stranger = await clientFor(app, outsider.email);
    expect((await stranger.get(`/api/plans/${planId}/assessment`)).statusCode).toBe(404);
    const refused = await stranger.post(`/api/plans/${planId}/assessment/recommendations`, {
      text: 'Bukan anggota.',
    });
    expect(refused.statusCode).toBe(404);
  });
  it('a Plt assesses the teachers of the school they lead; the document names them as Plt', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    setNow(WINDOWS['2026'].planning);
    await prepareCatalogues(test, ['2026']);
    const { teacher, principal } = await makePlanningSchool(ctx.db, {
      periodId: '2026',
      head: 'acting',
    });
    // Plans at a Plt-only school are approved by the system (domain.md §1.2).
    const planId = await approvedPlan(test, {
      periodId: '2026',
      employee: await clientFor(app, teacher.email),
      approver: null,
    });
    setNow(WINDOWS['2026'].assessment);
    const plt = await clientFor(app, principal!.email);
    const set = await assessAndSet(plt, planId, {
      result: 'meets_expectations',
      behaviour: 'above_expectations',
    });
    expect(set.assessment).toMatchObject({
      state: 'final',
      predikat: { code: 'baik' },
      assessor: { id: principal!.id },
      finalizedBy: { id: principal!.id },
    });
    const text = documentText(
      (await plt.get(`/api/assessments/${set.assessment.id}/pdf`)).rawPayload,
    );
    expect(text).toContain('Plt. Kepala Sekolah');
    expect(text).toContain(principal!.name);
  });
});
