import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePerson, makePrincipal } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  codeOf,
  makeDinasOfficial,
  makePlanningSchool,
} from '../plans/plan-test-support.js';
import { insertApprovedPlan } from '../execution-documents/execution-test-support.js';
import { importRosterFile } from '../roster-import/import-roster.js';
import { csvText, PTK_HEADER, ptkRow, writeTemp } from '../roster-import/roster-test-support.js';
import {
  approvedPlan,
  assessAndSet,
  documentText,
  draftBody,
  pageOf,
  readZip,
  WINDOWS,
} from './assessment-test-support.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('a final Dokumen Evaluasi Kinerja Pegawai never changes by itself (issue 14 item 5, domain.md §5.6)', () => {
  const t = useTestApp();

  it('keeps its bytes through later assessments, an RHK change and a roster import; a new numbered version only on request', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    setNow(WINDOWS['2024-S1'].planning);
    const { dinas, school, teachers, principal } = await makePlanningSchool(ctx.db, {
      periodId: '2024-S1',
      teachers: 2,
    });
    await makePrincipal(ctx.db, {
      schoolId: school.id,
      personId: principal!.id,
      periodId: '2024-S2',
    });
    const assessor = await makeDinasOfficial(ctx.db, dinas.id);
    const kadis = await makePerson(ctx.db, { name: 'Kepala Dinas Uji' });
    await ctx.db
      .insertInto('dinasOfficials')
      .values({ personId: kadis.id, dinasId: dinas.id, isAssessor: false, isHead: true })
      .execute();
    const [guruA, guruB] = teachers as [(typeof teachers)[0], (typeof teachers)[0]];
    const kepsek = await clientFor(app, principal!.email);
    const pejabat = await clientFor(app, assessor.email);
    const planA = await approvedPlan(test, {
      periodId: '2024-S1',
      employee: await clientFor(app, guruA.email),
      approver: kepsek,
    });
    const planB = await approvedPlan(test, {
      periodId: '2024-S1',
      employee: await clientFor(app, guruB.email),
      approver: kepsek,
    });
    const planP = await approvedPlan(test, {
      periodId: '2024-S1',
      employee: kepsek,
      approver: pejabat,
      kind: 'principal',
    });

    // Before "Tetapkan" the assessor is told the capaian is unknown (a warning, not a refusal), and
    // reads what the Penilaian weighs (§3.9).
    setNow(WINDOWS['2024-S1'].assessment);
    const head = await clientFor(app, principal!.email);
    const draft = pageOf(
      await head.put(
        `/api/plans/${planA}/assessment`,
        draftBody({ version: 0, result: 'meets_expectations', behaviour: 'meets_expectations' }),
      ),
    );
    expect(draft.documentWarnings.map((item) => item.code)).toEqual([
      'organisation_achievement_unknown',
    ]);
    expect(draft.documentWarnings[0]!.message).toContain('Belum ditetapkan');
    expect(draft.basis.practiceDimensions.map((item) => item.label)).toEqual([
      'Upaya Refleksi',
      'Upaya Mempelajari',
      'Perubahan Praktik',
    ]);
    expect(draft.basis.variables.map((item) => [item.label, item.roleLabel])).toEqual([
      ['Praktik Kinerja', 'Variabel penilaian'],
      ['Pengembangan Kompetensi', 'Variabel pertimbangan'],
      ['Perilaku Kerja', 'Variabel penilaian'],
      ['Dokumen Akuntabilitas', 'Wajib dikumpulkan, tidak dinilai'],
    ]);
    const set = pageOf(
      await head.post(`/api/assessments/${draft.assessment.id}/finalize`, {
        version: draft.assessment.version,
        isConfirmed: true,
      }),
    );
    const id = set.assessment.id!;
    const pdfUrl = `/api/assessments/${id}/pdf`;
    const first = (await head.get(pdfUrl)).rawPayload;
    const stored = await ctx.db
      .selectFrom('evaluationDocumentVersions')
      .selectAll()
      .where('assessmentId', '=', id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      versionNumber: 1,
      reason: 'finalize',
      fileHash: sha256(first),
    });
    const text = documentText(first);
    expect(text).toMatch(/CAPAIAN KINERJA ORGANISASI\nBelum ditetapkan/);
    expect(text).toContain(`NOMOR DOKUMEN: ${stored[0]!.documentNumber} (VERSI 1)`);
    expect(stored[0]!.documentNumber).toMatch(/^DEK\/2024-S1\/\d{6}\/V1$/);
    expect(text).toContain(
      `KODE VERIFIKASI SHA-256: ${stored[0]!.contentDigest.slice(0, 16).toUpperCase()}`,
    );
    expect(text).toContain('DIMENSI PRAKTIK KINERJA');
    expect(text).toContain('Variabel pertimbangan');

    // Later facts: the principal is assessed (capaian becomes "Baik"), a colleague is assessed.
    await assessAndSet(await clientFor(app, assessor.email), planP, {
      result: 'meets_expectations',
      behaviour: 'above_expectations',
    });
    await assessAndSet(head, planB, {
      result: 'above_expectations',
      behaviour: 'meets_expectations',
    });
    expect((await head.get(pdfUrl)).rawPayload.equals(first)).toBe(true);

    // A roster import renames the teacher and promotes them.
    const dir = await mkdtemp(join(tmpdir(), 'kinerja-fixed-'));
    try {
      const file = await writeTemp(
        dir,
        'ptk.csv',
        csvText([
          PTK_HEADER,
          ptkRow({
            npsn: school.npsn,
            nama: 'Nama Baru Setelah Impor',
            nip: guruA.nip!,
            nuptk: guruA.nuptk!,
            email: guruA.email!,
            status_kepegawaian: 'PNS',
            pangkat_golongan: 'III/b',
            jenjang_jabatan: 'Ahli Muda',
          }),
        ]),
      );
      const imported = await importRosterFile(ctx, { filePath: file, actorId: null });
      expect(imported, JSON.stringify(imported)).toMatchObject({ ok: true });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const renamed = await ctx.db
      .selectFrom('people')
      .select('name')
      .where('id', '=', guruA.id)
      .executeTakeFirstOrThrow();
    expect(renamed.name).toBe('Nama Baru Setelah Impor');
    expect((await head.get(pdfUrl)).rawPayload.equals(first)).toBe(true);

    // An RHK change of the teacher in Semester II, once the head has started Pelaksanaan (§2.4).
    setNow(WINDOWS['2024-S2'].planning);
    await insertApprovedPlan(ctx.db, {
      employeeId: principal!.id,
      schoolId: school.id,
      periodId: '2024-S2',
      kind: 'principal',
    });
    const guruS2 = await clientFor(app, guruA.email);
    const planS2 = await approvedPlan(test, {
      periodId: '2024-S2',
      employee: guruS2,
      approver: await clientFor(app, principal!.email),
    });
    setNow(WINDOWS['2024-S2'].execution);
    const guruExec = await clientFor(app, guruA.email);
    const change = await guruExec.put(`/api/plans/${planS2}/rhk`, {
      discussed: true,
      competencyRhkCodes: ['penggerak_komunitas_belajar', 'narasumber_berbagi_praktik_baik'],
    });
    expect(change.statusCode, change.body).toBe(200);

    // The same bytes for everyone, by itself and in the school's ZIP.
    setNow(WINDOWS['2024-S1'].after);
    const headLater = await clientFor(app, principal!.email);
    expect((await headLater.get(pdfUrl)).rawPayload.equals(first)).toBe(true);
    const own = await clientFor(app, guruA.email);
    expect((await own.get(pdfUrl)).rawPayload.equals(first)).toBe(true);
    const zip = await headLater.get(
      `/api/schools/${school.id}/assessments/documents.zip?periodId=2024-S1`,
    );
    const entry = readZip(zip.rawPayload).find((item) => item.name.includes(id.slice(0, 8)));
    expect(entry?.data.equals(first)).toBe(true);

    // The assessor's page lists the one version and names the later fact a new version would print.
    const before = pageOf(await headLater.get(`/api/plans/${planA}/assessment`)).documentVersions;
    expect(before).toMatchObject({
      canReissue: true,
      versions: [
        {
          versionNumber: 1,
          documentNumber: stored[0]!.documentNumber,
          reason: 'finalize',
          fileHash: sha256(first),
          verificationCode: stored[0]!.contentDigest.slice(0, 16).toUpperCase(),
        },
      ],
      laterFacts: [
        { label: 'Capaian Kinerja Organisasi', before: 'Belum ditetapkan', after: 'Baik' },
      ],
    });

    // "Terbitkan versi baru": not by the assessed person; by the assessor, audited and told.
    const refused = await own.post(`/api/assessments/${id}/document-versions`, {
      isConfirmed: true,
    });
    expect(refused.statusCode).toBe(403);
    const issued = await headLater.post(`/api/assessments/${id}/document-versions`, {
      isConfirmed: true,
    });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json()).toMatchObject({
      versionNumber: 2,
      documentNumber: expect.stringMatching(/^DEK\/2024-S1\/\d{6}\/V2$/),
    });
    const second = await headLater.get(pdfUrl);
    expect(second.headers['content-disposition']).toContain('-v2.pdf');
    const secondText = documentText(second.rawPayload);
    expect(secondText).toMatch(/CAPAIAN KINERJA ORGANISASI\nBaik/);
    expect(secondText).toContain('(VERSI 2)');
    // The signed snapshot (names at "Tetapkan") stays; only later facts such as the capaian move.
    expect(secondText).not.toContain('Nama Baru Setelah Impor');
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityId', '=', id)
      .where('action', '=', 'assessment.document_reissue')
      .execute();
    expect(audit).toHaveLength(1);
    const told = await ctx.db
      .selectFrom('notifications')
      .select('title')
      .where('recipientId', '=', guruA.id)
      .where('title', '=', 'Dokumen Evaluasi Kinerja diterbitkan versi baru')
      .execute();
    expect(told).toHaveLength(1);
    const again = await headLater.post(`/api/assessments/${id}/document-versions`, {
      isConfirmed: true,
    });
    expect([again.statusCode, codeOf(again)]).toEqual([409, 'DOCUMENT_UNCHANGED']);
    const after = pageOf(await headLater.get(`/api/plans/${planA}/assessment`)).documentVersions;
    expect(after.versions.map((item) => [item.versionNumber, item.reason])).toEqual([
      [2, 'reissue'],
      [1, 'finalize'],
    ]);
    expect(after.laterFacts).toEqual([]);
    const versions = await ctx.db
      .selectFrom('evaluationDocumentVersions')
      .select(['versionNumber', 'fileHash'])
      .where('assessmentId', '=', id)
      .orderBy('versionNumber')
      .execute();
    expect(versions.map((item) => item.fileHash)).toEqual([
      sha256(first),
      sha256(second.rawPayload),
    ]);
  });
});
