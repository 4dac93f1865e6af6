import { describe, expect, it } from 'vitest';
import { makePerson, makePrincipal, makeSchool } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  codeOf,
  makeAdmin,
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
  readZip,
  WINDOWS,
} from './assessment-test-support.js';
import { insertApprovedPlan } from '../execution-documents/execution-test-support.js';

describe('Dokumen Evaluasi Kinerja Pegawai (domain.md §5.5, §5.6)', () => {
  const t = useTestApp();

  it('2024: Semester I, Semester II and the Akhir document, each with its period', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    setNow(WINDOWS['2024-S1'].planning);
    const { school, principal } = await makePlanningSchool(ctx.db, {
      periodId: '2024-S1',
      teachers: 0,
    });
    await makePrincipal(ctx.db, {
      schoolId: school.id,
      personId: principal!.id,
      periodId: '2024-S2',
    });
    // The head has started Pelaksanaan of Periode 2, so teachers may plan it (domain.md §2.4).
    await insertApprovedPlan(ctx.db, {
      employeeId: principal!.id,
      schoolId: school.id,
      periodId: '2024-S2',
      kind: 'principal',
    });
    const teacher = await makePerson(ctx.db, {
      schoolId: school.id,
      employmentStatus: 'non_asn',
      name: 'Guru Honorer Uji',
    });
    const asn = await makePerson(ctx.db, { schoolId: school.id, name: 'Guru PNS Uji' });

    const kepsek = await clientFor(app, principal!.email);
    const plan1 = await approvedPlan(test, {
      periodId: '2024-S1',
      employee: await clientFor(app, asn.email),
      approver: kepsek,
    });
    const honorer = await approvedPlan(test, {
      periodId: '2024-S1',
      employee: await clientFor(app, teacher.email),
      approver: kepsek,
    });
    setNow(WINDOWS['2024-S1'].assessment);
    const head = await clientFor(app, principal!.email);
    const s1 = await assessAndSet(head, plan1, {
      result: 'meets_expectations',
      behaviour: 'meets_expectations',
    });
    expect(s1.assessment).toMatchObject({
      document: { code: 'semester_1', label: 'Semester I' },
      angkaKredit: { months: 6, value: 6.25 },
    });
    const text1 = documentText(
      (await head.get(`/api/assessments/${s1.assessment.id}/pdf`)).rawPayload,
    );
    expect(text1).toContain('PERIODE: SEMESTER I\n');
    expect(text1).toContain('PERIODE PENILAIAN: 1 JANUARI 2024 S.D. 30 JUNI 2024');
    expect(text1).toContain('6,25 (100% × koefisien 12,5 Ahli Pertama × 6/12 bulan)');

    // A non-ASN teacher: no NIP, pangkat or jabatan on the document (§5.6), and no angka kredit.
    const h = await assessAndSet(head, honorer, {
      result: 'above_expectations',
      behaviour: 'meets_expectations',
    });
    expect(h.assessment.angkaKredit).toBeNull();
    const textH = documentText(
      (await head.get(`/api/assessments/${h.assessment.id}/pdf`)).rawPayload,
    );
    expect(textH).toMatch(/NAMA\nGuru Honorer Uji\n2\nNIP\n3\nPANGKAT\/GOL\. RUANG\n4\nJABATAN\n5/);

    setNow(WINDOWS['2024-S2'].planning);
    const plan2 = await approvedPlan(test, {
      periodId: '2024-S2',
      employee: await clientFor(app, asn.email),
      approver: await clientFor(app, principal!.email),
    });
    setNow(WINDOWS['2024-S2'].assessment);
    const head2 = await clientFor(app, principal!.email);
    const pageS2 = pageOf(await head2.get(`/api/plans/${plan2}/assessment`));
    expect(pageS2.documents.map((item) => item.document.code)).toEqual(['semester_2', 'akhir']);
    expect(pageS2.assessment.document.code).toBe('semester_2');
    // 2024 collects evidence uploads: the page counts them (the 2025+ pages have none).
    expect(pageS2.execution.evidence).toEqual({ collected: 0, total: expect.any(Number) });

    // Akhir comes after Semester II is set.
    const akhirDraft = pageOf(
      await head2.put(
        `/api/plans/${plan2}/assessment`,
        draftBody({
          document: 'akhir',
          version: 0,
          result: 'above_expectations',
          behaviour: 'above_expectations',
        }),
      ),
    );
    expect(akhirDraft.assessment).toMatchObject({
      document: { code: 'akhir', label: 'Akhir' },
      coverage: { start: '2024-01-01', end: '2024-12-31' },
      abilities: { canFinalize: false },
    });
    const early = await head2.post(`/api/assessments/${akhirDraft.assessment.id}/finalize`, {
      version: akhirDraft.assessment.version,
      isConfirmed: true,
    });
    expect(early.statusCode).toBe(409);
    expect(codeOf(early)).toBe('ASSESSMENT_NEEDS_EARLIER_FINAL');

    const s2 = await assessAndSet(head2, plan2, {
      result: 'above_expectations',
      behaviour: 'above_expectations',
    });
    expect(s2.assessment).toMatchObject({
      document: { code: 'semester_2' },
      angkaKredit: { value: 9.375 },
    });
    const akhir = await assessAndSet(head2, plan2, {
      document: 'akhir',
      result: 'above_expectations',
      behaviour: 'above_expectations',
    });
    // The Akhir document repeats the semesters' months: it earns no angka kredit of its own (§5.4).
    expect(akhir.assessment).toMatchObject({ state: 'final', angkaKredit: null });
    const textA = documentText(
      (await head2.get(`/api/assessments/${akhir.assessment.id}/pdf`)).rawPayload,
    );
    expect(textA).toContain('PERIODE: AKHIR');
    expect(textA).toContain('PERIODE PENILAIAN: 1 JANUARI 2024 S.D. 31 DESEMBER 2024');
    const unknown = await head2.get(`/api/plans/${plan2}/assessment?document=tahunan`);
    expect(unknown.statusCode).toBe(400);
    expect(codeOf(unknown)).toBe('VALIDATION_FAILED');
  });

  it('a draft has no document; the ZIP of a school and of a Dinas region holds every final one', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    setNow(WINDOWS['2026'].planning);
    await prepareCatalogues(test, ['2026']);
    const a = await makePlanningSchool(ctx.db, { periodId: '2026', teachers: 3 });
    const schoolB = await makeSchool(ctx.db, { dinasId: a.dinas.id, jenjang: 'SMA' });
    const teacherB = await makePerson(ctx.db, { schoolId: schoolB.id, name: 'Guru Sekolah B' });
    const headB = await makePerson(ctx.db, { schoolId: schoolB.id, jenisPtk: 'Kepala Sekolah' });
    await makePrincipal(ctx.db, { schoolId: schoolB.id, personId: headB.id, periodId: '2026' });
    const official = await makeDinasOfficial(ctx.db, a.dinas.id);
    await ctx.db
      .insertInto('regencies')
      .values({ code: '3273', provinceCode: '32', name: 'Kota Bandung' })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const elsewhere = await makeDinasOfficial(
      ctx.db,
      (
        await ctx.db
          .insertInto('dinasOffices')
          .values({
            name: 'Dinas Lain',
            level: 'kabupaten_kota',
            provinceCode: '32',
            regencyCode: '3273',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );

    const kepsekA = await clientFor(app, a.principal!.email);
    const plans: string[] = [];
    for (const teacher of a.teachers) {
      const guru = await clientFor(app, teacher.email);
      plans.push(await approvedPlan(test, { periodId: '2026', employee: guru, approver: kepsekA }));
    }
    const planB = await approvedPlan(test, {
      periodId: '2026',
      employee: await clientFor(app, teacherB.email),
      approver: await clientFor(app, headB.email),
    });

    setNow(WINDOWS['2026'].assessment);
    const headA = await clientFor(app, a.principal!.email);
    const first = await assessAndSet(headA, plans[0]!, {
      result: 'meets_expectations',
      behaviour: 'meets_expectations',
    });
    await assessAndSet(headA, plans[1]!, {
      result: 'below_expectations',
      behaviour: 'meets_expectations',
    });
    const draft = pageOf(
      await headA.put(
        `/api/plans/${plans[2]}/assessment`,
        draftBody({ version: 0, result: 'meets_expectations', behaviour: 'meets_expectations' }),
      ),
    );
    const draftPdf = await headA.get(`/api/assessments/${draft.assessment.id}/pdf`);
    expect(draftPdf.statusCode).toBe(409);
    expect(codeOf(draftPdf)).toBe('ASSESSMENT_NOT_FINAL');
    await assessAndSet(await clientFor(app, headB.email), planB, {
      result: 'above_expectations',
      behaviour: 'above_expectations',
    });

    const zipA = await headA.get(`/api/schools/${a.school.id}/assessments/documents.zip`);
    expect(zipA.statusCode).toBe(200);
    expect(zipA.headers['content-type']).toBe('application/zip');
    expect(zipA.headers['content-disposition']).toContain(`evaluasi-kinerja-2026-${a.school.npsn}`);
    const entriesA = readZip(zipA.rawPayload);
    expect(entriesA).toHaveLength(2);
    expect(entriesA.every((entry) => entry.name.startsWith(`${a.school.npsn}-`))).toBe(true);
    expect(entriesA.map((entry) => entry.name)).toContain(
      `${a.school.npsn}-${a.school.name.toLowerCase().replace(/ /g, '-')}/evaluasi-kinerja-2026-tahunan-${a.teachers[0]!.nip}-${first.assessment.id!.slice(0, 8)}.pdf`,
    );
    const namesA = entriesA.map((entry) => documentText(entry.data));
    expect(namesA.some((text) => text.includes(a.teachers[0]!.name))).toBe(true);
    expect(namesA.some((text) => text.includes(a.teachers[2]!.name))).toBe(false);

    const pejabat = await clientFor(app, official.email);
    const zipDinas = await pejabat.get(
      `/api/dinas/${a.dinas.id}/assessments/documents.zip?periodId=2026`,
    );
    expect(zipDinas.statusCode).toBe(200);
    const entriesDinas = readZip(zipDinas.rawPayload);
    expect(entriesDinas).toHaveLength(3);
    expect(new Set(entriesDinas.map((entry) => entry.name.split('/')[0]))).toEqual(
      new Set([
        `${a.school.npsn}-${a.school.name.toLowerCase().replace(/ /g, '-')}`,
        `${schoolB.npsn}-${schoolB.name.toLowerCase().replace(/ /g, '-')}`,
      ]),
    );
    expect(documentText(entriesDinas.find((e) => e.name.startsWith(schoolB.npsn))!.data)).toContain(
      'Guru Sekolah B',
    );
    // The Dinas official also reads each person's document; a teacher reads only their own.
    expect((await pejabat.get(`/api/assessments/${first.assessment.id}/pdf`)).statusCode).toBe(200);
    const colleague = await clientFor(app, a.teachers[1]!.email);
    expect((await colleague.get(`/api/assessments/${first.assessment.id}/pdf`)).statusCode).toBe(
      404,
    );

    // Out of reach: a teacher (403), the head of another school (404), another kabupaten (404).
    const guru = await clientFor(app, a.teachers[0]!.email);
    expect(
      (await guru.get(`/api/schools/${a.school.id}/assessments/documents.zip`)).statusCode,
    ).toBe(403);
    const otherHead = await clientFor(app, headB.email);
    const cross = await otherHead.get(`/api/schools/${a.school.id}/assessments/documents.zip`);
    expect(cross.statusCode).toBe(404);
    expect((await otherHead.get(`/api/assessments/${first.assessment.id}/pdf`)).statusCode).toBe(
      404,
    );
    const far = await clientFor(app, elsewhere.email);
    expect((await far.get(`/api/dinas/${a.dinas.id}/assessments/documents.zip`)).statusCode).toBe(
      404,
    );
    expect((await headA.get(`/api/dinas/${a.dinas.id}/assessments/documents.zip`)).statusCode).toBe(
      403,
    );
    const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    const byAdmin = await admin.get(`/api/dinas/${a.dinas.id}/assessments/documents.zip`);
    expect(readZip(byAdmin.rawPayload)).toHaveLength(3);
    const anonymous = await app.inject({
      method: 'GET',
      url: `/api/assessments/${first.assessment.id}/pdf`,
    });
    expect(anonymous.statusCode).toBe(401);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/schools/${a.school.id}/assessments/documents.zip`,
        })
      ).statusCode,
    ).toBe(401);
    expect((await admin.get('/api/assessments/nope/pdf')).statusCode).toBe(400);
    expect(
      (await admin.get(`/api/schools/${a.school.id}/assessments/documents.zip?periodId=1999`))
        .statusCode,
    ).toBe(400);
  });
});
