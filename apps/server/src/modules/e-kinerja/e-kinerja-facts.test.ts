import type { EKinerjaOutboxResponse } from '@kinerja/contract';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import {
  approvedPlan,
  assessAndSet,
  prepareCatalogues,
  WINDOWS,
} from '../assessments/assessment-test-support.js';
import { approvePlan, CLOCK, personFor } from '../evidence/evidence-test-support.js';
import { clientFor, makeAdmin, makePlanningSchool } from '../plans/plan-test-support.js';
import { startFakeEKinerja, type FakeEKinerja } from './e-kinerja-test-server.js';
import { syncOutbox } from './sync-outbox.js';

const TOKEN = 'token-uji-fakta';

type SkpBody = {
  jenis: string;
  skp: {
    rencanaHasilKerja: Array<{ jenis: string; uraian: string }>;
    perubahanKe?: number;
  };
};

const competencyOf = (body: unknown) =>
  (body as SkpBody).skp.rencanaHasilKerja
    .filter((item) => item.jenis === 'pengembangan_kompetensi')
    .map((item) => item.uraian);

async function outboxOf(t: ReturnType<ReturnType<typeof useTestApp>>) {
  const admin = await clientFor(t.app, (await makeAdmin(t.ctx.db)).email);
  return (await admin.get('/api/e-kinerja/outbox?limit=200')).json<EKinerjaOutboxResponse>();
}

describe('e-Kinerja learns a changed SKP (issue 14 item 6; domain.md §3.4, §6.4)', () => {
  const t = useTestApp({ now: CLOCK.s1Planning });
  let fake: FakeEKinerja;
  let planId = '';
  let teacherEmail = '';

  beforeAll(async () => {
    fake = await startFakeEKinerja(TOKEN);
    const { ctx } = t();
    const school = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    teacherEmail = school.teacher.email!;
    planId = (
      await approvePlan(t(), {
        teacherEmail,
        headEmail: school.principal!.email,
        periodId: '2024-S1',
        planningNow: CLOCK.s1Planning,
      })
    ).id;
    t().setNow(CLOCK.s1Execution);
  });

  afterAll(async () => {
    await fake.close();
  });

  it('queues the changed SKP with the change, nothing for a refused one, and delivers each once in order', async () => {
    const test = t();
    const guru = await personFor(test.app, teacherEmail);
    const refused = await guru.put(`/api/plans/${planId}/rhk`, {
      discussed: true,
      competencyRhkCodes: ['pelatihan_mandiri'],
    });
    expect(refused.statusCode).toBe(422);
    expect((await outboxOf(test)).rows.map((row) => row.topic)).toEqual(['plan.approved']);

    const first = await guru.put(`/api/plans/${planId}/rhk`, {
      discussed: true,
      competencyRhkCodes: ['penggerak_komunitas_belajar', 'narasumber_berbagi_praktik_baik'],
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await guru.put(`/api/plans/${planId}/rhk`, {
      discussed: true,
      competencyRhkCodes: ['penggerak_komunitas_belajar', 'pelatihan_mandiri'],
    });
    expect(second.statusCode, second.body).toBe(200);

    const listed = await outboxOf(test);
    expect(listed.rows.map((row) => [row.topic, row.kind, row.detail, row.status])).toEqual([
      [
        'plan.rhk_changed',
        'SKP (Rencana Hasil Kerja diubah)',
        'Perubahan ke-2 (Ubah Rencana Hasil Kerja)',
        'pending',
      ],
      [
        'plan.rhk_changed',
        'SKP (Rencana Hasil Kerja diubah)',
        'Perubahan ke-1 (Ubah Rencana Hasil Kerja)',
        'pending',
      ],
      ['plan.approved', 'SKP (Perencanaan Kinerja disepakati)', null, 'pending'],
    ]);
    const keys = listed.rows.map((row) => row.idempotencyKey).reverse();
    expect(new Set(keys).size).toBe(3);

    // Each row sends the SKP as it stood at its fact, in order, even though both changes were
    // made before anything was delivered.
    const settings = { url: fake.url, token: TOKEN, timeoutMs: 2000 };
    expect(await syncOutbox(test.ctx, settings)).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await syncOutbox(test.ctx, settings)).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await syncOutbox(test.ctx, settings)).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await syncOutbox(test.ctx, settings)).toMatchObject({ claimed: 0 });
    expect(fake.received.map((request) => [request.path, request.key])).toEqual(
      keys.map((key) => ['/api/v1/skp', key]),
    );
    const [approved, change1, change2] = keys.map((key) => fake.stored.get(key));
    expect(competencyOf(approved)).toHaveLength(2);
    expect((approved as SkpBody).skp.perubahanKe).toBeUndefined();
    expect(competencyOf(change1)).not.toEqual(competencyOf(approved));
    expect(competencyOf(change2).sort()).toEqual(competencyOf(approved).sort());
    expect([(change1 as SkpBody).skp.perubahanKe, (change2 as SkpBody).skp.perubahanKe]).toEqual([
      1, 2,
    ]);
    expect([...fake.storeCounts.values()].every((count) => count === 1)).toBe(true);
  });

  it('asks an SK only for the duty the teacher adds, not for one kept as approved (domain.md §3.4)', async () => {
    const test = t();
    // The approved plan's Wali Kelas has no SK reference (2024 planning does not require one).
    await test.ctx.db
      .updateTable('plans')
      .set({
        draft: sql<string>`jsonb_set(draft, '{additionalDuties,0,skReference}', '""')`,
      })
      .where('id', '=', planId)
      .execute();
    const guru = await personFor(test.app, teacherEmail);
    const version = (await guru.get(`/api/plans/${planId}/rhk`)).json<{ planVersion: number }>()
      .planVersion;
    const body = (piket: string) => ({
      discussed: true,
      planVersion: version,
      additionalDuties: [
        { code: 'wali_kelas', skReference: '' },
        { code: 'guru_piket', skReference: piket },
      ],
    });
    const refused = await guru.put(`/api/plans/${planId}/rhk`, body(' '));
    expect(refused.statusCode).toBe(422);
    const fields = refused.json<{ error: { fields: Array<{ field: string; message: string }> } }>()
      .error.fields;
    expect(fields.map((field) => field.field)).toEqual(['additionalDuties[1].skReference']);
    expect(fields[0]!.message).toMatch(/^Isi nomor SK \/ Surat Tugas untuk tugas tambahan "/);
    const accepted = await guru.put(`/api/plans/${planId}/rhk`, body('ST 800/12/2024'));
    expect(accepted.statusCode, accepted.body).toBe(200);
    const rows = (await outboxOf(test)).rows.filter((row) => row.topic === 'plan.rhk_changed');
    expect(rows[0]!.detail).toBe('Perubahan ke-3 (Ubah Rencana Hasil Kerja)');
  });
});

describe('periodic assessments for e-Kinerja (issue 14 item 4; domain.md §5.5)', () => {
  const t = useTestApp();
  let fake: FakeEKinerja;

  beforeAll(async () => {
    fake = await startFakeEKinerja(TOKEN);
  });

  afterAll(async () => {
    await fake.close();
  });

  it('"Tetapkan" queues one row per quarter; they go after the SKP, each once', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    setNow(WINDOWS['2026'].planning);
    await prepareCatalogues(test, ['2026']);
    const { teacher, principal } = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const planId = await approvedPlan(test, {
      periodId: '2026',
      employee: await clientFor(app, teacher.email),
      approver: await clientFor(app, principal!.email),
    });
    setNow(WINDOWS['2026'].assessment);
    const head = await clientFor(app, principal!.email);
    await assessAndSet(head, planId, {
      result: 'above_expectations',
      behaviour: 'above_expectations',
    });

    const listed = await outboxOf(test);
    const periodic = listed.rows.filter((row) => row.topic === 'assessment.periodic').reverse();
    expect(periodic.map((row) => [row.kind, row.detail])).toEqual(
      [
        'I 2026 (Januari–Maret)',
        'II 2026 (April–Juni)',
        'III 2026 (Juli–September)',
        'IV 2026 (Oktober–Desember)',
      ].map((quarter) => ['Penilaian periodik', `Triwulan ${quarter} — penilaian triwulanan`]),
    );

    const settings = { url: fake.url, token: TOKEN, timeoutMs: 2000 };
    // The SKP first; the predikat and the four periodic assessments wait for it.
    expect(await syncOutbox(ctx, { ...settings, batchSize: 10 })).toMatchObject({ claimed: 1 });
    expect(await syncOutbox(ctx, { ...settings, batchSize: 10 })).toMatchObject({
      claimed: 5,
      delivered: 5,
    });
    const bodies = periodic.map(
      (row) =>
        fake.stored.get(row.idempotencyKey) as {
          jenis: string;
          periodik: { tipePeriodik: string; angkaPeriodik: number; predikatLabel: string };
        },
    );
    expect(bodies.map((body) => [body.jenis, body.periodik.angkaPeriodik])).toEqual([
      ['penilaian_periodik', 1],
      ['penilaian_periodik', 2],
      ['penilaian_periodik', 3],
      ['penilaian_periodik', 4],
    ]);
    expect(bodies[0]!.periodik).toMatchObject({
      tipePeriodik: 'triwulanan',
      predikatLabel: 'Sangat Baik',
    });
    expect(fake.received.filter((r) => r.path === '/api/v1/penilaian-periodik')).toHaveLength(4);
    expect([...fake.storeCounts.values()].every((count) => count === 1)).toBe(true);
  });
});
