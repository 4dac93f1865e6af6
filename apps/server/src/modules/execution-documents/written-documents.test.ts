import type {
  ExecutionOverview,
  NotificationListResponse,
  WrittenDocument,
} from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { makePerson } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { makeDinasOfficial, makePlanningSchool } from '../plans/plan-test-support.js';
import {
  bodyOf,
  errorOf,
  insertApprovedPlan,
  signedIn,
  type ApiClient,
} from './execution-test-support.js';

const REFLECTION = (id: string) => `/api/plans/${id}/documents/competency-reflection`;
const CHECKLIST = (id: string) => `/api/plans/${id}/documents/main-duties-checklist`;
const notes = async (client: ApiClient) =>
  bodyOf<NotificationListResponse>(await client.get('/api/notifications')).notifications;

describe('2025: Dokumen Pengembangan Kompetensi and Pelaksanaan Tugas Pokok (domain.md §3.6)', () => {
  const t = useTestApp({ now: '2025-03-03T03:00:00.000Z' });

  async function setup() {
    const { app, ctx } = t();
    const made = await makePlanningSchool(ctx.db, { periodId: '2025', teachers: 2 });
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: made.teacher.id,
      schoolId: made.school.id,
      periodId: '2025',
      approvedBy: made.principal!.id,
    });
    return {
      ...made,
      planId,
      guru: await signedIn(app, made.teacher.email),
      kepala: await signedIn(app, made.principal!.email),
    };
  }

  it('reflection: draft, stale save answered with the server copy, send, then unchangeable', async () => {
    const { planId, guru, kepala, teacher } = await setup();
    const empty = bodyOf<WrittenDocument>(await guru.get(REFLECTION(planId)));
    expect(empty).toMatchObject({
      state: 'empty',
      stateLabel: 'Belum diisi',
      version: 0,
      label: 'Dokumen Pengembangan Kompetensi',
      reflection: { text: '', maxLength: 5000 },
      abilities: { canSaveDraft: true, canSend: false },
    });
    const first = bodyOf<WrittenDocument>(
      await guru.put(REFLECTION(planId), { version: 0, text: 'Saya belajar disiplin positif.' }),
    );
    expect(first).toMatchObject({ state: 'draft', version: 1, abilities: { canSend: true } });
    // A retry of the same save (same text, old version) changes nothing.
    const retry = bodyOf<WrittenDocument>(
      await guru.put(REFLECTION(planId), { version: 0, text: 'Saya belajar disiplin positif.' }),
    );
    expect(retry.version).toBe(1);
    // Another tab based on version 0 with other text: 409 with the stored copy, nothing changes.
    const stale = await guru.put(REFLECTION(planId), { version: 0, text: 'Teks tab lain' });
    expect(stale.statusCode).toBe(409);
    const conflict = stale.json<{ error: { code: string; current: WrittenDocument } }>().error;
    expect(conflict.code).toBe('DOCUMENT_VERSION_CONFLICT');
    expect(conflict.current.reflection?.text).toBe('Saya belajar disiplin positif.');
    const second = bodyOf<WrittenDocument>(
      await guru.put(REFLECTION(planId), { version: 1, text: 'Refleksi akhir.' }),
    );
    expect(second.version).toBe(2);
    expect((await guru.post(`${REFLECTION(planId)}/send`, { version: 1 })).statusCode).toBe(409);
    const sent = bodyOf<WrittenDocument>(
      await guru.post(`${REFLECTION(planId)}/send`, { version: 2 }),
    );
    expect(sent).toMatchObject({
      state: 'sent',
      stateLabel: 'Terkirim',
      reflection: { text: 'Refleksi akhir.' },
      abilities: { canSaveDraft: false, canSend: false },
    });
    expect(sent.sentAt).not.toBeNull();
    const locked = await guru.put(REFLECTION(planId), { version: 3, text: 'Ubah lagi' });
    expect(errorOf(locked)).toMatchObject({ status: 409, code: 'DOCUMENT_LOCKED' });
    expect(errorOf(locked).message).toContain('tidak bisa diubah');
    expect(errorOf(await guru.post(`${REFLECTION(planId)}/send`, { version: 3 }))).toMatchObject({
      status: 409,
      code: 'DOCUMENT_LOCKED',
    });
    // The atasan was told, reads the same text, and cannot write it.
    const [note] = await notes(kepala);
    expect(note).toMatchObject({ kind: 'document_sent', planId });
    expect(note!.body).toContain(teacher.name);
    const read = bodyOf<WrittenDocument>(await kepala.get(REFLECTION(planId)));
    expect(read.reflection?.text).toBe('Refleksi akhir.');
    expect(errorOf(await kepala.put(REFLECTION(planId), { version: 3, text: 'x' })).status).toBe(
      403,
    );
  });

  it('reflection: blank is refused (422), too long is a 400 naming the limit; nothing is stored', async () => {
    const { planId, guru } = await setup();
    const blank = errorOf(await guru.put(REFLECTION(planId), { version: 0, text: '   ' }));
    expect(blank).toMatchObject({ status: 422, code: 'REFLECTION_EMPTY' });
    expect(blank.fields?.[0]?.field).toBe('text');
    const long = errorOf(
      await guru.put(REFLECTION(planId), { version: 0, text: 'a'.repeat(5001) }),
    );
    expect(long).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(long.message).toContain('5000');
    expect(bodyOf<WrittenDocument>(await guru.get(REFLECTION(planId))).state).toBe('empty');
  });

  it('checklist: the plan’s duties ticked, sent, then the principal confirms the dokumen akuntabilitas', async () => {
    const { planId, guru, kepala, principal } = await setup();
    const empty = bodyOf<WrittenDocument>(await guru.get(CHECKLIST(planId)));
    expect(empty.checklist?.duties).toEqual([
      {
        code: 'merencanakan_pembelajaran',
        name: 'Merencanakan pembelajaran',
        isFocus: false,
        isCompleted: false,
      },
      {
        code: 'melaksanakan_pembelajaran',
        name: 'Melaksanakan pembelajaran',
        isFocus: true,
        isCompleted: false,
      },
    ]);
    expect(empty.accountability).toMatchObject({ isConfirmed: false });
    const notInPlan = errorOf(
      await guru.put(CHECKLIST(planId), {
        version: 0,
        completedDutyCodes: ['menilai_hasil_pembelajaran'],
      }),
    );
    expect(notInPlan).toMatchObject({ status: 422, code: 'MAIN_DUTY_NOT_IN_PLAN' });
    expect(notInPlan.fields?.[0]?.field).toBe('completedDutyCodes');
    expect(
      errorOf(await guru.put(CHECKLIST(planId), { version: 0, completedDutyCodes: ['Bukan Kode'] }))
        .status,
    ).toBe(400);
    const draft = bodyOf<WrittenDocument>(
      await guru.put(CHECKLIST(planId), {
        version: 0,
        completedDutyCodes: ['melaksanakan_pembelajaran'],
      }),
    );
    expect(draft.checklist?.duties.map((duty) => duty.isCompleted)).toEqual([false, true]);
    // Confirmation waits for "Kirim ke Atasan".
    expect(errorOf(await kepala.post(`${CHECKLIST(planId)}/confirm`, {}))).toMatchObject({
      status: 409,
      code: 'ACCOUNTABILITY_NOT_SENT',
    });
    const sent = bodyOf<WrittenDocument>(
      await guru.post(`${CHECKLIST(planId)}/send`, { version: 1 }),
    );
    expect(sent.state).toBe('sent');
    expect(errorOf(await guru.post(`${CHECKLIST(planId)}/confirm`, {})).status).toBe(403);
    const head = bodyOf<WrittenDocument>(await kepala.get(CHECKLIST(planId)));
    expect(head.abilities).toEqual({
      canSaveDraft: false,
      canSend: false,
      canConfirmAccountability: true,
    });
    const confirmed = bodyOf<WrittenDocument>(
      await kepala.post(`${CHECKLIST(planId)}/confirm`, { note: 'KSP dan daftar hadir ada' }),
    );
    expect(confirmed.accountability).toMatchObject({
      isConfirmed: true,
      confirmedBy: { id: principal!.id },
      note: 'KSP dan daftar hadir ada',
    });
    expect(confirmed.accountability?.description).toContain('tanpa unggah');
    expect(errorOf(await kepala.post(`${CHECKLIST(planId)}/confirm`, {}))).toMatchObject({
      status: 409,
      code: 'ACCOUNTABILITY_ALREADY_CONFIRMED',
    });
    const kinds = (await notes(guru)).map((note) => note.kind);
    expect(kinds).toContain('accountability_confirmed');
  });

  it('the overview lists both documents, the principal and the cycle at A', async () => {
    const { planId, guru, principal } = await setup();
    const overview = bodyOf<ExecutionOverview>(await guru.get(`/api/plans/${planId}/execution`));
    expect(overview).toMatchObject({
      gate: { isOpen: true, code: null },
      supervisor: { person: { id: principal!.id }, isActing: false, message: null },
      executionDeadline: { stage: 'execution', opensOn: '2025-02-01', status: 'open' },
      practice: { state: 'preparation_discussion', letter: 'A', isStarted: false },
    });
    expect(overview.documents.map((d) => d.kind)).toEqual([
      'competency_reflection',
      'main_duties_checklist',
    ]);
  });

  it('needs an approved plan, and the execution window', async () => {
    const { app, ctx, setNow } = t();
    const { school, teachers } = await makePlanningSchool(ctx.db, {
      periodId: '2025',
      teachers: 2,
    });
    const submitted = await insertApprovedPlan(ctx.db, {
      employeeId: teachers[0]!.id,
      schoolId: school.id,
      periodId: '2025',
      status: 'submitted',
    });
    const guru = await signedIn(app, teachers[0]!.email);
    const notApproved = errorOf(await guru.put(REFLECTION(submitted), { version: 0, text: 'x' }));
    expect(notApproved).toMatchObject({ status: 409, code: 'PLAN_NOT_APPROVED' });
    expect(notApproved.message).toBe(
      'Pelaksanaan Kinerja dapat dimulai setelah Perencanaan Kinerja disetujui.',
    );
    expect(errorOf(await guru.get(`/api/plans/${submitted}/execution`)).status).toBe(409);
    const approved = await insertApprovedPlan(ctx.db, {
      employeeId: teachers[1]!.id,
      schoolId: school.id,
      periodId: '2025',
    });
    try {
      setNow('2025-01-20T03:00:00.000Z');
      let other = await signedIn(app, teachers[1]!.email);
      const early = errorOf(await other.put(REFLECTION(approved), { version: 0, text: 'x' }));
      expect(early).toMatchObject({ status: 403, code: 'EXECUTION_NOT_OPEN' });
      expect(early.message).toContain('1 Februari 2025');
      // Sessions last hours: sign in again after moving the clock by months.
      setNow('2025-11-20T03:00:00.000Z');
      other = await signedIn(app, teachers[1]!.email);
      const late = errorOf(await other.put(REFLECTION(approved), { version: 0, text: 'x' }));
      expect(late).toMatchObject({ status: 403, code: 'EXECUTION_CLOSED' });
      expect(late.message).toContain('12 November 2025');
      // Reads stay open for the assessment.
      const overview = bodyOf<ExecutionOverview>(
        await other.get(`/api/plans/${approved}/execution`),
      );
      expect(overview.gate).toMatchObject({ isOpen: false, code: 'EXECUTION_CLOSED' });
      // A per-person extension of the execution stage reopens it.
      await ctx.db
        .insertInto('deadlineExtensions')
        .values({
          periodId: '2025',
          personId: teachers[1]!.id,
          provinceCode: '32',
          stage: 'execution',
          until: '2025-11-30',
          reason: 'uji',
          grantedBy: teachers[0]!.id,
        })
        .execute();
      const extended = await other.put(REFLECTION(approved), { version: 0, text: 'Tepat waktu' });
      expect(extended.statusCode).toBe(200);
    } finally {
      setNow('2025-03-03T03:00:00.000Z');
    }
  });

  it('a Plt school: the Plt receives the documents and confirms; without a head Pelaksanaan waits', async () => {
    const { app, ctx } = t();
    const plt = await makePlanningSchool(ctx.db, { periodId: '2025', head: 'acting' });
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: plt.teacher.id,
      schoolId: plt.school.id,
      periodId: '2025',
    });
    const guru = await signedIn(app, plt.teacher.email);
    const overview = bodyOf<ExecutionOverview>(await guru.get(`/api/plans/${planId}/execution`));
    expect(overview.supervisor).toMatchObject({
      person: { id: plt.principal!.id },
      isActing: true,
    });
    expect(overview.supervisor.message).toContain('Plt Kepala Sekolah');
    bodyOf(
      await guru.put(CHECKLIST(planId), {
        version: 0,
        completedDutyCodes: ['merencanakan_pembelajaran'],
      }),
    );
    bodyOf(await guru.post(`${CHECKLIST(planId)}/send`, { version: 1 }));
    const acting = await signedIn(app, plt.principal!.email);
    expect((await notes(acting))[0]).toMatchObject({ kind: 'document_sent' });
    const confirmed = bodyOf<WrittenDocument>(
      await acting.post(`${CHECKLIST(planId)}/confirm`, {}),
    );
    expect(confirmed.accountability?.isConfirmed).toBe(true);

    const none = await makePlanningSchool(ctx.db, { periodId: '2025', head: 'none' });
    const orphan = await insertApprovedPlan(ctx.db, {
      employeeId: none.teacher.id,
      schoolId: none.school.id,
      periodId: '2025',
    });
    const alone = await signedIn(app, none.teacher.email);
    const blocked = errorOf(await alone.put(REFLECTION(orphan), { version: 0, text: 'x' }));
    expect(blocked).toMatchObject({ status: 409, code: 'SUPERVISOR_NOT_FOUND' });
    expect(blocked.message).toContain('Data atasan Anda tidak ditemukan');
    const view = bodyOf<ExecutionOverview>(await alone.get(`/api/plans/${orphan}/execution`));
    expect(view.supervisor.person).toBeNull();
    expect(view.gate).toMatchObject({ isOpen: false, code: 'SUPERVISOR_NOT_FOUND' });
  });
});

describe('2026 and 2024 (domain.md §3.4, §3.7, §3.8)', () => {
  const t = useTestApp({ now: '2026-03-02T03:00:00.000Z' });

  it('2026 principal: the Dinas assessor receives and confirms (availability only)', async () => {
    const { app, ctx } = t();
    const { school, principal, dinas } = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const assessor = await makeDinasOfficial(ctx.db, dinas.id);
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: principal!.id,
      schoolId: school.id,
      periodId: '2026',
      kind: 'principal',
    });
    const ks = await signedIn(app, principal!.email);
    bodyOf(
      await ks.put(CHECKLIST(planId), {
        version: 0,
        completedDutyCodes: ['melaksanakan_tugas_manajerial'],
      }),
    );
    bodyOf(await ks.post(`${CHECKLIST(planId)}/send`, { version: 1 }));
    const dinasClient = await signedIn(app, assessor.email);
    expect((await notes(dinasClient))[0]).toMatchObject({ kind: 'document_sent', planId });
    const confirmed = bodyOf<WrittenDocument>(
      await dinasClient.post(`${CHECKLIST(planId)}/confirm`, {}),
    );
    expect(confirmed.accountability?.description).toContain('ketersediaan dokumen akuntabilitas');
    expect(confirmed.accountability?.confirmedBy?.id).toBe(assessor.id);
  });

  it('2024 plans have no written documents', async () => {
    const { app, ctx, setNow } = t();
    const { school, teacher } = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: teacher.id,
      schoolId: school.id,
      periodId: '2024-S1',
    });
    try {
      setNow('2024-03-04T03:00:00.000Z');
      const guru = await signedIn(app, teacher.email);
      const overview = bodyOf<ExecutionOverview>(await guru.get(`/api/plans/${planId}/execution`));
      expect(overview.documents).toEqual([]);
      expect(errorOf(await guru.put(REFLECTION(planId), { version: 0, text: 'x' }))).toMatchObject({
        status: 409,
        code: 'DOCUMENT_KIND_NOT_IN_PERIOD',
      });
      expect(errorOf(await guru.get(CHECKLIST(planId))).status).toBe(409);
    } finally {
      setNow('2026-03-02T03:00:00.000Z');
    }
  });

  it('a teacher of another school is not the atasan', async () => {
    const { app, ctx } = t();
    const a = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: a.teacher.id,
      schoolId: a.school.id,
      periodId: '2026',
    });
    const outsider = await makePerson(ctx.db, { name: 'Guru Lain' });
    const client = await signedIn(app, outsider.email);
    expect(errorOf(await client.get(REFLECTION(planId))).status).toBe(403);
  });
});
