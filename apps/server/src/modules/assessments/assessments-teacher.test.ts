import type {
  Assessment,
  MyAssessmentsResponse,
  NotificationListResponse,
  SchoolAssessmentsResponse,
} from '@kinerja/contract';
import { emptyPracticeRecord } from '@kinerja/domain';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { clientFor, codeOf, makePlanningSchool } from '../plans/plan-test-support.js';
import {
  approvedPlan,
  documentText,
  draftBody,
  pageOf,
  prepareCatalogues,
  WINDOWS,
} from './assessment-test-support.js';

const RATINGS = ['above_expectations', 'meets_expectations', 'below_expectations'] as const;

// domain.md §5.2: rows Hasil Kerja, columns Perilaku Kerja.
const MATRIX: Array<[string, string, string, string]> = [
  ['above_expectations', 'below_expectations', 'kurang', 'Kurang/Misconduct'],
  ['above_expectations', 'meets_expectations', 'baik', 'Baik'],
  ['above_expectations', 'above_expectations', 'sangat_baik', 'Sangat Baik'],
  ['meets_expectations', 'below_expectations', 'kurang', 'Kurang/Misconduct'],
  ['meets_expectations', 'meets_expectations', 'baik', 'Baik'],
  ['meets_expectations', 'above_expectations', 'baik', 'Baik'],
  ['below_expectations', 'below_expectations', 'sangat_kurang', 'Sangat Kurang'],
  ['below_expectations', 'meets_expectations', 'butuh_perbaikan', 'Butuh Perbaikan'],
  ['below_expectations', 'above_expectations', 'butuh_perbaikan', 'Butuh Perbaikan'],
];

describe('a principal assesses a teacher (domain.md §3.9, §5.2, §5.6)', () => {
  const t = useTestApp();

  it('drafts, sets after confirmation, and the teacher reads it and downloads the document', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    test.setNow(WINDOWS['2026'].planning);
    await prepareCatalogues(test, ['2026']);
    const { school, teacher, principal } = await makePlanningSchool(ctx.db, { periodId: '2026' });
    let guru = await clientFor(app, teacher.email);
    let kepsek = await clientFor(app, principal!.email);
    const planId = await approvedPlan(test, { periodId: '2026', employee: guru, approver: kepsek });

    // Before the Penilaian window the page is readable but nothing can be written.
    setNow(WINDOWS['2026'].execution);
    kepsek = await clientFor(app, principal!.email);
    const early = pageOf(await kepsek.get(`/api/plans/${planId}/assessment`));
    expect(early.window).toMatchObject({ isOpen: false, code: 'ASSESSMENT_NOT_OPEN' });
    expect(early.assessment.abilities.canEdit).toBe(false);
    const tooEarly = await kepsek.put(
      `/api/plans/${planId}/assessment`,
      draftBody({ version: 0, result: 'meets_expectations', behaviour: 'meets_expectations' }),
    );
    expect(tooEarly.statusCode).toBe(403);
    expect(codeOf(tooEarly)).toBe('ASSESSMENT_NOT_OPEN');

    setNow(WINDOWS['2026'].assessment);
    kepsek = await clientFor(app, principal!.email);
    guru = await clientFor(app, teacher.email);
    // What Pelaksanaan left (written here as the execution module stores it).
    const keys = {
      planId,
      periodId: '2026',
      employeeId: teacher.id,
      schoolId: school.id,
      provinceCode: '32',
    };
    await ctx.db
      .insertInto('writtenDocuments')
      .values({
        ...keys,
        kind: 'competency_reflection',
        state: 'sent',
        content: JSON.stringify({ text: 'Refleksi' }),
        sentAt: new Date(WINDOWS['2026'].execution),
      })
      .execute();
    const record = {
      ...emptyPracticeRecord(),
      state: 'completed' as const,
      items: [
        { code: 'a', text: 'Perilaku A', isFocus: true },
        { code: 'b', text: 'Perilaku B', isFocus: false },
      ],
      observation: {
        ratings: { a: { rating: 'done_effective' as const, note: '' } },
        generalNote: 'Kelas tertib.',
      },
      reflection: {
        text: 'Saya belajar banyak.',
        submittedAt: '2026-10-01T00:00:00Z',
        comment: '',
      },
    };
    await ctx.db
      .insertInto('practiceCycles')
      .values({
        ...keys,
        employeeKind: 'teacher',
        state: 'completed',
        record: JSON.stringify(record),
      })
      .execute();
    const page = pageOf(await kepsek.get(`/api/plans/${planId}/assessment`));
    expect(page.execution).toEqual({
      evidence: null,
      documents: [
        expect.objectContaining({
          kind: 'competency_reflection',
          label: 'Dokumen Pengembangan Kompetensi',
          state: 'Terkirim',
        }),
      ],
      practiceCycle: {
        state: 'completed',
        stateLabel: 'Selesai',
        observation: {
          rated: 1,
          total: 2,
          counts: { not_done: 0, done_not_effective: 0, done_effective: 1 },
        },
        generalNote: 'Kelas tertib.',
        followUpAgreement: '',
        reflection: 'Saya belajar banyak.',
      },
      // Only the reflection was sent: the checklist is named before "Tetapkan" (issue #11 finding 10).
      missing: [
        {
          code: 'checklist_not_sent',
          message: 'Dokumen Pelaksanaan Tugas Pokok belum dikirim.',
        },
      ],
    });
    expect(page).toMatchObject({
      assessment: {
        id: null,
        state: 'not_started',
        version: 0,
        document: { code: 'tahunan', label: 'Tahunan' },
        coverage: { start: '2026-01-01', end: '2026-12-31' },
        assessor: { id: principal!.id },
        abilities: { canEdit: true, canFinalize: false, canRecommend: false },
      },
      window: { isOpen: true, opensOn: '2026-12-01', closesOn: '2026-12-31' },
      plan: { id: planId, status: 'approved' },
      documents: [{ document: { code: 'tahunan' }, assessmentId: null, state: 'not_started' }],
    });
    expect(page.plan.summary.practiceIndicator).toBe('Penerapan Disiplin Positif');
    expect(page.plan.summary.workBehaviour).toHaveLength(7);
    expect(page.ratingOptions.map((option) => option.label)).toEqual([
      'Di Atas Ekspektasi',
      'Sesuai Ekspektasi',
      'Di Bawah Ekspektasi',
    ]);

    // A half-filled draft: no predikat yet, and "Tetapkan" is refused.
    const half = pageOf(
      await kepsek.put(`/api/plans/${planId}/assessment`, {
        ...draftBody({ version: 0, result: 'above_expectations', behaviour: 'x' }),
        workBehaviourRating: null,
      }),
    );
    expect(half.assessment).toMatchObject({ state: 'draft', version: 1, predikat: null });
    const notReady = await kepsek.post(`/api/assessments/${half.assessment.id}/finalize`, {
      version: 1,
      isConfirmed: true,
    });
    expect(notReady.statusCode).toBe(422);
    expect(codeOf(notReady)).toBe('ASSESSMENT_RATINGS_REQUIRED');

    const draft = pageOf(
      await kepsek.put(
        `/api/plans/${planId}/assessment`,
        draftBody({ version: 1, result: 'above_expectations', behaviour: 'above_expectations' }),
      ),
    );
    expect(draft.assessment).toMatchObject({
      version: 2,
      predikat: { code: 'sangat_baik', label: 'Sangat Baik', isPreview: true },
      workResultRating: { label: 'Di Atas Ekspektasi' },
      abilities: { canFinalize: true },
    });
    expect(draft.assessment.behaviourFeedback[0]).toMatchObject({
      value: 'berorientasi_pelayanan',
      name: 'Berorientasi Pelayanan',
      feedback: 'Melayani peserta didik dengan ramah dan cekatan.',
    });

    // A stale draft (another tab) is refused with the current copy; nothing changes.
    const stale = await kepsek.put(
      `/api/plans/${planId}/assessment`,
      draftBody({ version: 1, result: 'below_expectations', behaviour: 'below_expectations' }),
    );
    expect(stale.statusCode).toBe(409);
    const conflict = stale.json<{ error: { code: string; current: { assessment: Assessment } } }>();
    expect(conflict.error.code).toBe('ASSESSMENT_VERSION_CONFLICT');
    expect(conflict.error.current.assessment).toMatchObject({
      version: 2,
      predikat: { code: 'sangat_baik' },
    });

    // The draft is the assessor's: the teacher cannot read it yet.
    expect((await guru.get(`/api/assessments/${draft.assessment.id}`)).statusCode).toBe(404);
    const mineBefore = (await guru.get('/api/assessments/mine')).json<MyAssessmentsResponse>();
    expect(mineBefore.assessments).toEqual([]);

    // "Tetapkan" needs the confirmation.
    const unconfirmed = await kepsek.post(`/api/assessments/${draft.assessment.id}/finalize`, {
      version: 2,
    });
    expect(unconfirmed.statusCode).toBe(400);
    const set = pageOf(
      await kepsek.post(`/api/assessments/${draft.assessment.id}/finalize`, {
        version: 2,
        isConfirmed: true,
      }),
    );
    expect(set.assessment).toMatchObject({
      state: 'final',
      stateLabel: 'Ditetapkan',
      version: 3,
      predikat: { code: 'sangat_baik', isPreview: false },
      finalizedBy: { id: principal!.id },
      angkaKredit: {
        careerLevel: { code: 'ahli_pertama' },
        months: 12,
        percentage: 150,
        value: 18.75,
      },
      abilities: { canEdit: false, canFinalize: false, canDownloadPdf: true },
    });

    // Immutable afterwards: every write answers 409 and the row is unchanged.
    const rewrite = await kepsek.put(
      `/api/plans/${planId}/assessment`,
      draftBody({ version: 3, result: 'below_expectations', behaviour: 'below_expectations' }),
    );
    expect(rewrite.statusCode).toBe(409);
    expect(codeOf(rewrite)).toBe('ASSESSMENT_FINAL');
    const again = await kepsek.post(`/api/assessments/${draft.assessment.id}/finalize`, {
      version: 3,
      isConfirmed: true,
    });
    expect(again.statusCode).toBe(409);
    const stored = await ctx.db
      .selectFrom('assessments')
      .select(['state', 'predikat', 'version', 'workResultRating'])
      .where('id', '=', draft.assessment.id!)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      state: 'final',
      predikat: 'sangat_baik',
      version: 3,
      workResultRating: 'above_expectations',
    });

    // The teacher is notified, reads the result and downloads the evaluation document.
    const notes = (await guru.get('/api/notifications')).json<NotificationListResponse>();
    expect(notes.notifications[0]).toMatchObject({ kind: 'assessment_finalized', planId });
    expect(notes.notifications[0]!.body).toContain('Sangat Baik');
    const read = (await guru.get(`/api/assessments/${draft.assessment.id}`)).json<Assessment>();
    expect(read).toMatchObject({
      state: 'final',
      predikat: { label: 'Sangat Baik' },
      notes: 'Pertahankan praktik baik; perkuat umpan balik kepada murid.',
      abilities: { canEdit: false, canRecommend: false, canDownloadPdf: true },
    });
    const mine = (
      await guru.get('/api/assessments/mine?periodId=2026')
    ).json<MyAssessmentsResponse>();
    expect(mine.assessments.map((item) => item.id)).toEqual([draft.assessment.id]);
    expect((await guru.get(`/api/plans/${planId}/assessment`)).statusCode).toBe(403);

    const pdf = await guru.get(`/api/assessments/${draft.assessment.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = documentText(pdf.rawPayload);
    for (const field of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI',
      'PERIODE: TAHUNAN',
      'PERIODE PENILAIAN: 1 JANUARI 2026 S.D. 31 DESEMBER 2026',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'ATASAN PEJABAT PENILAI KINERJA',
      'NAMA',
      'NIP',
      'PANGKAT/GOL. RUANG',
      'JABATAN',
      'UNIT KERJA',
      'EVALUASI KINERJA',
      'CAPAIAN KINERJA ORGANISASI',
      'PREDIKAT KINERJA PEGAWAI',
      'CATATAN/REKOMENDASI',
      'Pegawai yang Dinilai',
      'Pejabat Penilai Kinerja',
      'Atasan Pejabat Penilai Kinerja',
      teacher.name,
      teacher.nip!,
      'Penata Muda, III/a',
      'Guru Ahli Pertama',
      school.name,
      principal!.name,
      'Kepala Sekolah',
      'Sangat Baik',
      'Pertahankan praktik baik; perkuat umpan balik kepada murid.',
      'Kabupaten 3204, 7 Desember 2026',
      'RATING HASIL KERJA',
      'Di Atas Ekspektasi',
    ]) {
      expect(text, field).toContain(field);
    }
    // The principal's own assessment is not set: the capaian is not known yet.
    expect(text).toContain('Belum ditetapkan');

    // The final predikat is queued for e-Kinerja in the same transaction.
    const queued = await ctx.db
      .selectFrom('outbox')
      .select(['topic'])
      .where('topic', '=', 'assessment.final')
      .execute();
    expect(queued).toHaveLength(1);
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityType', '=', 'assessment')
      .orderBy('id')
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      'assessment.save_draft',
      'assessment.save_draft',
      'assessment.finalize',
    ]);
  });

  it('gives the predikat of the §5.2 matrix for all nine combinations', async () => {
    const test = t();
    const { app, ctx } = test;
    test.setNow(WINDOWS['2025'].planning);
    await prepareCatalogues(test, ['2025']);
    const { school, teachers, principal } = await makePlanningSchool(ctx.db, {
      periodId: '2025',
      teachers: 9,
    });
    const kepsek = await clientFor(app, principal!.email);
    const plans: string[] = [];
    for (const teacher of teachers) {
      const guru = await clientFor(app, teacher.email);
      plans.push(await approvedPlan(test, { periodId: '2025', employee: guru, approver: kepsek }));
    }
    test.setNow(WINDOWS['2025'].assessment);
    const head = await clientFor(app, principal!.email);
    for (const [index, [result, behaviour, code, label]] of MATRIX.entries()) {
      const draft = pageOf(
        await head.put(
          `/api/plans/${plans[index]}/assessment`,
          draftBody({ version: 0, result, behaviour }),
        ),
      );
      expect(draft.assessment.predikat, `${result} × ${behaviour}`).toEqual({
        code,
        label,
        isPreview: true,
      });
      const set = pageOf(
        await head.post(`/api/assessments/${draft.assessment.id}/finalize`, {
          version: draft.assessment.version,
          isConfirmed: true,
        }),
      );
      expect(set.assessment.predikat, `${result} × ${behaviour}`).toEqual({
        code,
        label,
        isPreview: false,
      });
    }
    expect(RATINGS.length ** 2).toBe(MATRIX.length);

    const list = (
      await head.get(`/api/schools/${school.id}/assessments?periodId=2025`)
    ).json<SchoolAssessmentsResponse>();
    expect(list.rows).toHaveLength(9);
    expect(list.rows.every((row) => row.state === 'final')).toBe(true);
    expect(list.organisation).toMatchObject({
      achievement: null,
      total: 9,
      counts: { sangat_baik: 1, baik: 3, butuh_perbaikan: 2, kurang: 2, sangat_kurang: 1 },
    });
  });

  it('only assesses an agreed plan, inside the window or the person’s extension', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    setNow(WINDOWS['2024-S1'].planning);
    const { teachers, principal } = await makePlanningSchool(ctx.db, {
      periodId: '2024-S1',
      teachers: 2,
    });
    let kepsek = await clientFor(app, principal!.email);
    const guru = await clientFor(app, teachers[0]!.email);
    const planId = await approvedPlan(test, {
      periodId: '2024-S1',
      employee: guru,
      approver: kepsek,
    });
    const other = await clientFor(app, teachers[1]!.email);
    setNow(WINDOWS['2024-S1'].planning);
    const started = (await other.post('/api/plans', { periodId: '2024-S1' })).json<{
      id: string;
    }>();

    setNow(WINDOWS['2024-S1'].assessment);
    kepsek = await clientFor(app, principal!.email);
    const body = draftBody({
      version: 0,
      result: 'meets_expectations',
      behaviour: 'meets_expectations',
    });
    const unapproved = await kepsek.put(`/api/plans/${started.id}/assessment`, body);
    expect(unapproved.statusCode).toBe(409);
    expect(codeOf(unapproved)).toBe('ASSESSMENT_PLAN_NOT_APPROVED');

    setNow(WINDOWS['2024-S1'].after);
    kepsek = await clientFor(app, principal!.email);
    const late = await kepsek.put(`/api/plans/${planId}/assessment`, body);
    expect(late.statusCode).toBe(403);
    expect(codeOf(late)).toBe('ASSESSMENT_CLOSED');
    expect(late.json<{ error: { message: string } }>().error.message).toContain('30 Juni 2024');

    await ctx.db
      .insertInto('deadlineExtensions')
      .values({
        periodId: '2024-S1',
        personId: teachers[0]!.id,
        provinceCode: '32',
        stage: 'assessment',
        until: '2024-07-15',
        reason: 'uji perpanjangan',
        grantedBy: principal!.id,
      })
      .execute();
    const extended = pageOf(await kepsek.put(`/api/plans/${planId}/assessment`, body));
    expect(extended.assessment).toMatchObject({
      document: { code: 'semester_1', label: 'Semester I' },
      coverage: { start: '2024-01-01', end: '2024-06-30' },
      predikat: { code: 'baik' },
    });
    expect(extended.window).toMatchObject({ isOpen: true, closesOn: '2024-07-15' });
  });
});
