import type { NotificationListResponse, PracticeCycle } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import {
  bodyOf,
  errorOf,
  insertApprovedPlan,
  PDF_BYTES,
  signedIn,
  type ApiClient,
} from '../execution-documents/execution-test-support.js';
import { makePlanningSchool, validContent } from '../plans/plan-test-support.js';

const T = [
  'penerapan_disiplin_positif_1',
  'penerapan_disiplin_positif_2',
  'penerapan_disiplin_positif_3',
];
const cycleUrl = (id: string) => `/api/plans/${id}/practice-cycle`;
const kindsOf = async (client: ApiClient) =>
  bodyOf<NotificationListResponse>(await client.get('/api/notifications')).notifications.map(
    (note) => note.title,
  );

describe('practice cycle A–E of a 2025 teacher observed by the principal (domain.md §2.3, §3.6)', () => {
  const t = useTestApp({ now: '2025-03-03T03:00:00.000Z' });

  it('runs the whole cycle, each part written by its party, and reads back in one call', async () => {
    const { app, ctx, setNow } = t();
    const { school, teacher, principal } = await makePlanningSchool(ctx.db, { periodId: '2025' });
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: teacher.id,
      schoolId: school.id,
      periodId: '2025',
    });
    let guru = await signedIn(app, teacher.email);
    let kepala = await signedIn(app, principal!.email);
    const url = cycleUrl(planId);

    // Before anything: due at A, the targets of the plan's sub-indicator are offered.
    const start = bodyOf<PracticeCycle>(await guru.get(url));
    expect(start).toMatchObject({
      id: null,
      version: 0,
      state: 'preparation_discussion',
      stateLabel: 'A. Diskusi Persiapan',
      viewerRole: 'employee',
      observer: { role: 'principal', people: [{ id: principal!.id }], message: null },
      indicator: { code: 'penerapan_disiplin_positif', name: 'Penerapan Disiplin Positif' },
      preparation: { isTextRequired: true, modulAjar: null },
    });
    expect(start.indicator.targets.map((target) => target.code)).toEqual(T);
    expect(start.scale.map((s) => s.label)).toEqual([
      'Belum Dilakukan',
      'Dilakukan tapi Belum Efektif',
      'Dilakukan dan Efektif',
    ]);
    expect(bodyOf<PracticeCycle>(await kepala.get(url)).viewerRole).toBe('observer');

    // A: the teacher drafts; the principal may not observe yet.
    const prep = {
      focusBehaviourCodes: [T[1]],
      scheduledDate: '2025-03-10',
      scheduledTime: '08:30',
      specificBehaviour: 'Penguatan positif yang spesifik',
      effortsToReachTarget: '',
    };
    let cycle = bodyOf<PracticeCycle>(
      await guru.put(`${url}/preparation`, { version: 0, ...prep }),
    );
    expect(cycle).toMatchObject({ version: 1, preparation: { scheduledTime: '08:30' } });
    expect(cycle.id).not.toBeNull();
    const early = errorOf(
      await kepala.patch(`${url}/observation`, {
        version: 1,
        ratings: { [T[0]!]: { rating: 'not_done' } },
      }),
    );
    expect(early).toMatchObject({ status: 409, code: 'PRACTICE_STEP_NOT_REACHED' });
    expect(early.message).toContain('Diskusi Persiapan');
    const missing = errorOf(await guru.post(`${url}/preparation/finish`, { version: 1 }));
    expect(missing).toMatchObject({ status: 422, code: 'PRACTICE_PREPARATION_TEXT_REQUIRED' });
    expect(missing.fields?.map((f) => f.field)).toEqual(['preparation.effortsToReachTarget']);
    expect(missing.message).toContain('Upaya untuk mencapai target');
    const outside = errorOf(
      await guru.put(`${url}/preparation`, { version: 1, ...prep, scheduledDate: '2025-12-01' }),
    );
    expect(outside).toMatchObject({ status: 422, code: 'PRACTICE_SCHEDULE_OUTSIDE_EXECUTION' });
    expect(outside.message).toContain('1 Februari 2025');

    // The optional Modul Ajar: a PDF judged by its bytes; a text file named .pdf is refused.
    const fake = await guru.put(`${url}/modul-ajar`, Buffer.from('bukan pdf'), {
      'content-type': 'application/pdf',
      'x-file-name': 'modul.pdf',
    });
    expect(errorOf(fake)).toMatchObject({ status: 422, code: 'EVIDENCE_NOT_PDF' });
    cycle = bodyOf<PracticeCycle>(
      await guru.put(`${url}/modul-ajar`, PDF_BYTES, {
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent('Modul Ajar Kelas 7.pdf'),
      }),
    );
    expect(cycle.preparation.modulAjar).toMatchObject({
      fileName: 'Modul Ajar Kelas 7.pdf',
      sizeBytes: PDF_BYTES.length,
      url: `${url}/modul-ajar`,
    });
    const download = await kepala.get(`${url}/modul-ajar`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(PDF_BYTES)).toBe(true);

    // The principal completes the discussion notes with the teacher and finishes A.
    cycle = bodyOf<PracticeCycle>(
      await kepala.put(`${url}/preparation`, {
        version: cycle.version,
        ...prep,
        effortsToReachTarget: 'Menyusun kesepakatan kelas bersama murid',
      }),
    );
    cycle = bodyOf<PracticeCycle>(
      await kepala.post(`${url}/preparation/finish`, { version: cycle.version }),
    );
    expect(cycle.state).toBe('observation');
    expect(cycle.steps[0]).toMatchObject({ status: 'done', finishedBy: { id: principal!.id } });
    expect(cycle.observation.ratings.map((r) => [r.code, r.isFocus])).toEqual([
      [T[0], false],
      [T[1], true],
      [T[2], false],
    ]);
    expect(await kindsOf(guru)).toContain('A. Diskusi Persiapan selesai');
    // A is closed now, and so is its Modul Ajar.
    expect(errorOf(await guru.delete(`${url}/modul-ajar`))).toMatchObject({
      status: 409,
      code: 'PRACTICE_STEP_FINISHED',
    });

    // B: only the observer rates; partial saves; "Selesai observasi" needs every behaviour rated.
    expect(
      errorOf(await guru.patch(`${url}/observation`, { version: cycle.version, ratings: {} }))
        .status,
    ).toBe(403);
    cycle = bodyOf<PracticeCycle>(
      await kepala.patch(`${url}/observation`, {
        version: cycle.version,
        ratings: { [T[0]!]: { rating: 'not_done', note: 'Belum ada refleksi' } },
        generalNote: 'Kelas 7B, jam ke-2',
      }),
    );
    expect(cycle.observation).toMatchObject({
      rated: 1,
      total: 3,
      generalNote: 'Kelas 7B, jam ke-2',
    });
    expect(
      errorOf(await kepala.post(`${url}/observation/finish`, { version: cycle.version })),
    ).toMatchObject({
      status: 422,
      code: 'PRACTICE_OBSERVATION_INCOMPLETE',
    });
    expect(
      errorOf(
        await kepala.patch(`${url}/observation`, {
          version: cycle.version,
          ratings: { [T[1]!]: { rating: 'sangat_baik' } },
        }),
      ).status,
    ).toBe(400);
    cycle = bodyOf<PracticeCycle>(
      await kepala.patch(`${url}/observation`, {
        version: cycle.version,
        ratings: {
          [T[1]!]: { rating: 'done_not_effective', note: 'Pujian umum' },
          [T[2]!]: { rating: 'done_effective' },
        },
      }),
    );
    cycle = bodyOf<PracticeCycle>(
      await kepala.post(`${url}/observation/finish`, { version: cycle.version }),
    );
    expect(cycle.state).toBe('follow_up_discussion');

    // C: the observer writes the agreed follow-up; the teacher acknowledges it.
    expect(
      errorOf(await guru.put(`${url}/follow-up`, { version: cycle.version, agreement: 'x' }))
        .status,
    ).toBe(403);
    cycle = bodyOf<PracticeCycle>(
      await kepala.put(`${url}/follow-up`, {
        version: cycle.version,
        agreement: 'Latihan penguatan positif spesifik setiap pertemuan',
      }),
    );
    cycle = bodyOf<PracticeCycle>(
      await kepala.post(`${url}/follow-up/finish`, { version: cycle.version }),
    );
    expect(cycle.state).toBe('follow_up_action');
    expect(await kindsOf(guru)).toContain('Tindak lanjut telah disepakati');

    // D: the teacher acknowledges and logs actions (dated, not in the future).
    expect(
      errorOf(await guru.post(`${url}/actions/finish`, { version: cycle.version })),
    ).toMatchObject({
      code: 'PRACTICE_FOLLOW_UP_NOT_ACKNOWLEDGED',
    });
    cycle = bodyOf<PracticeCycle>(
      await guru.post(`${url}/follow-up/acknowledge`, { version: cycle.version }),
    );
    expect(cycle.followUp.acknowledgedAt).not.toBeNull();
    // Two weeks later (sessions last hours: sign in again).
    setNow('2025-03-20T03:00:00.000Z');
    guru = await signedIn(app, teacher.email);
    kepala = await signedIn(app, principal!.email);
    const future = errorOf(
      await guru.put(`${url}/actions`, {
        version: cycle.version,
        actions: [{ date: '2025-03-21', description: 'Besok' }],
      }),
    );
    expect(future).toMatchObject({ status: 422, code: 'PRACTICE_ACTION_DATE_OUTSIDE' });
    expect(future.fields?.[0]?.field).toBe('actions[0].date');
    cycle = bodyOf<PracticeCycle>(
      await guru.put(`${url}/actions`, {
        version: cycle.version,
        actions: [
          { date: '2025-03-12', description: 'Membaca modul disiplin positif' },
          { date: '2025-03-18', description: 'Mencoba pujian spesifik di kelas 7B' },
        ],
      }),
    );
    cycle = bodyOf<PracticeCycle>(
      await guru.post(`${url}/actions/finish`, { version: cycle.version }),
    );
    expect(cycle.state).toBe('follow_up_reflection');
    expect(await kindsOf(kepala)).toContain('D. Upaya Tindak Lanjut selesai dicatat');

    // E: the teacher's reflection (sent once), the principal's comment, then completed.
    expect(errorOf(await kepala.post(`${url}/finish`, { version: cycle.version }))).toMatchObject({
      code: 'PRACTICE_REFLECTION_NOT_SUBMITTED',
    });
    cycle = bodyOf<PracticeCycle>(
      await guru.put(`${url}/reflection`, { version: cycle.version, text: 'Murid lebih tertib.' }),
    );
    cycle = bodyOf<PracticeCycle>(
      await guru.post(`${url}/reflection/submit`, { version: cycle.version }),
    );
    expect(
      errorOf(await guru.put(`${url}/reflection`, { version: cycle.version, text: 'Ubah' })),
    ).toMatchObject({ status: 409, code: 'PRACTICE_REFLECTION_SUBMITTED' });
    expect(await kindsOf(kepala)).toContain('Refleksi tindak lanjut dikirim');
    cycle = bodyOf<PracticeCycle>(
      await kepala.put(`${url}/comment`, { version: cycle.version, comment: 'Pertahankan.' }),
    );
    expect(cycle.abilities.canFinishCycle).toBe(true);
    cycle = bodyOf<PracticeCycle>(await kepala.post(`${url}/finish`, { version: cycle.version }));
    expect(cycle).toMatchObject({ state: 'completed', stateLabel: 'Selesai' });
    expect(await kindsOf(guru)).toContain('Siklus Praktik Kinerja selesai');
    expect(
      errorOf(await kepala.put(`${url}/comment`, { version: cycle.version, comment: 'x' })),
    ).toMatchObject({
      status: 409,
      code: 'PRACTICE_CYCLE_COMPLETED',
    });

    // One read gives the assessment everything, after the execution window too.
    setNow('2025-11-20T03:00:00.000Z');
    const reader = await signedIn(app, principal!.email);
    const done = bodyOf<PracticeCycle>(await reader.get(url));
    expect(done.steps.every((step) => step.status === 'done')).toBe(true);
    expect(done.observation.ratings.map((r) => [r.rating, r.ratingLabel, r.note])).toEqual([
      ['not_done', 'Belum Dilakukan', 'Belum ada refleksi'],
      ['done_not_effective', 'Dilakukan tapi Belum Efektif', 'Pujian umum'],
      ['done_effective', 'Dilakukan dan Efektif', ''],
    ]);
    expect(done).toMatchObject({
      followUp: { agreement: 'Latihan penguatan positif spesifik setiap pertemuan' },
      reflection: { text: 'Murid lebih tertib.', comment: 'Pertahankan.' },
      gate: { isOpen: false, code: 'EXECUTION_CLOSED' },
    });
    expect(done.actions).toHaveLength(2);
    // Every state change left an audit row.
    const audits = await ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entityType', '=', 'practice_cycle')
      .where('entityId', '=', done.id!)
      .execute();
    expect(audits.map((a) => a.action)).toContain('practice.finish_reflection');
    expect(audits.map((a) => a.action)).toContain('practice.upload_modul_ajar');
    setNow('2025-03-03T03:00:00.000Z');
  });
});

describe('practice cycle of a 2024 teacher (domain.md §3.4: the cycle runs in every rule set)', () => {
  const t = useTestApp({ now: '2024-03-04T03:00:00.000Z' });

  it('finishes A without the 2025 written fields, inside the semester’s execution window', async () => {
    const { app, ctx } = t();
    const { school, teacher, principal } = await makePlanningSchool(ctx.db, {
      periodId: '2024-S1',
    });
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: teacher.id,
      schoolId: school.id,
      periodId: '2024-S1',
      content: validContent('2024-S1', { practice: 'instruksi_pembelajaran' }),
    });
    const guru = await signedIn(app, teacher.email);
    const kepala = await signedIn(app, principal!.email);
    const url = cycleUrl(planId);
    const start = bodyOf<PracticeCycle>(await guru.get(url));
    expect(start.preparation.isTextRequired).toBe(false);
    expect(start.indicator.targets).toHaveLength(3);
    const outside = await guru.put(`${url}/preparation`, {
      version: 0,
      focusBehaviourCodes: ['instruksi_pembelajaran_1'],
      scheduledDate: '2024-06-03',
      scheduledTime: '10:00',
    });
    expect(errorOf(outside)).toMatchObject({ code: 'PRACTICE_SCHEDULE_OUTSIDE_EXECUTION' });
    expect(errorOf(outside).message).toContain('31 Mei 2024');
    let cycle = bodyOf<PracticeCycle>(
      await guru.put(`${url}/preparation`, {
        version: 0,
        focusBehaviourCodes: ['instruksi_pembelajaran_1'],
        scheduledDate: '2024-03-06',
        scheduledTime: '10:00',
      }),
    );
    cycle = bodyOf<PracticeCycle>(
      await guru.post(`${url}/preparation/finish`, { version: cycle.version }),
    );
    expect(cycle).toMatchObject({ state: 'observation', stateLabel: 'B. Observasi Kinerja' });
    expect(bodyOf<PracticeCycle>(await kepala.get(url)).abilities.canRecordObservation).toBe(true);
  });
});
