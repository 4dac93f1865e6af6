import type { EvidenceListResponse, MyPlanResponse, RhkOverviewResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { insertApprovedPlan } from '../execution-documents/execution-test-support.js';
import {
  clientFor,
  codeOf,
  fillTestIndicator,
  makeAdmin,
  makePlanningSchool,
  planOf,
  validContent,
} from './plan-test-support.js';

// Issue 14 items 1, 3 and 4: repeatable 2024 activities, "Data sudah sesuai" in every version,
// the principal's 15 January and the 2024-S2 wait — domain.md §1.1, §2.4, §3.2, §3.4, §4.5.
const REPEATS = [
  'pelatihan_mandiri',
  'pelatihan_mandiri',
  'observasi_praktik_pembelajaran',
  'peserta_berbagi_praktik_baik',
  'peserta_berbagi_praktik_baik',
  'narasumber_berbagi_praktik_baik',
];

describe('planning rules of 2024 and the data-diri check, through the API', () => {
  const t = useTestApp({ now: '2024-01-20T03:00:00.000Z' });

  it('2024-S1: a teacher without Penggerak Komunitas plans repeats to 40 poin; one slot per instance', async () => {
    const { app, ctx, setNow } = t();
    setNow('2024-01-20T03:00:00.000Z');
    const { teacher, principal } = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    let guru = await clientFor(app, teacher.email);
    const kepsek = await clientFor(app, principal!.email);
    const started = planOf(await guru.post('/api/plans', { periodId: '2024-S1' }), 201);
    const confirmed = planOf(await guru.post(`/api/plans/${started.id}/personal-data/confirm`));
    const saved = planOf(
      await guru.put(`/api/plans/${started.id}/draft`, {
        version: confirmed.version,
        content: { ...validContent('2024-S1'), competencyRhkCodes: REPEATS },
      }),
    );
    // 2 × 8 + 8 + 2 × 4 + 8 = 40, summed by the domain.
    expect(saved.competencyPoints).toEqual({ total: 40, min: 32, recommendedMax: 128 });
    expect(saved.content.competencyRhkCodes).toEqual(REPEATS);
    expect(planOf(await guru.post(`/api/plans/${started.id}/submit`)).status).toBe('submitted');
    expect(planOf(await kepsek.post(`/api/plans/${started.id}/approve`)).status).toBe('approved');

    setNow('2024-03-01T03:00:00.000Z');
    guru = await clientFor(app, teacher.email); // the planning session has expired
    const list = (await guru.get(`/api/plans/${started.id}/evidence`)).json<EvidenceListResponse>();
    const competency = list.slots.filter((slot) => slot.kind === 'competency_evidence');
    expect(competency.map((slot) => [slot.code, slot.instance, slot.instanceCount])).toEqual([
      ['pelatihan_mandiri', 1, 2],
      ['pelatihan_mandiri', 2, 2],
      ['observasi_praktik_pembelajaran', 1, 1],
      ['peserta_berbagi_praktik_baik', 1, 2],
      ['peserta_berbagi_praktik_baik', 2, 2],
      ['narasumber_berbagi_praktik_baik', 1, 1],
    ]);

    // "Ubah Rencana Hasil Kerja": one pelatihan fewer, two observations more; the second pelatihan
    // slot is superseded, the new observation slot appears (domain.md §3.4).
    const rhk = (await guru.get(`/api/plans/${started.id}/rhk`)).json<RhkOverviewResponse>();
    expect(rhk.competency.map((item) => [item.code, item.count])).toEqual([
      ['pelatihan_mandiri', 2],
      ['observasi_praktik_pembelajaran', 1],
      ['peserta_berbagi_praktik_baik', 2],
      ['narasumber_berbagi_praktik_baik', 1],
    ]);
    const changed = await guru.put(`/api/plans/${started.id}/rhk`, {
      discussed: true,
      competencyRhkCodes: [
        'pelatihan_mandiri',
        'observasi_praktik_pembelajaran',
        'observasi_praktik_pembelajaran',
        'peserta_berbagi_praktik_baik',
        'peserta_berbagi_praktik_baik',
        'narasumber_berbagi_praktik_baik',
      ],
      planVersion: rhk.planVersion,
    });
    expect(changed.statusCode).toBe(200);
    const after = (
      await guru.get(`/api/plans/${started.id}/evidence`)
    ).json<EvidenceListResponse>();
    const keys = (slots: EvidenceListResponse['slots']) =>
      slots
        .filter((slot) => slot.kind === 'competency_evidence')
        .map((slot) => `${slot.code}#${slot.instance}`);
    expect(keys(after.slots)).toEqual([
      'pelatihan_mandiri#1',
      'observasi_praktik_pembelajaran#1',
      'observasi_praktik_pembelajaran#2',
      'peserta_berbagi_praktik_baik#1',
      'peserta_berbagi_praktik_baik#2',
      'narasumber_berbagi_praktik_baik#1',
    ]);
    expect(keys(after.history)).toEqual(['pelatihan_mandiri#2']);
    const overview = (await guru.get(`/api/plans/${started.id}/rhk`)).json<RhkOverviewResponse>();
    expect(overview.competencyPoints.total).toBe(40);
    expect(overview.changes.at(-1)?.diff.competency).toEqual({
      added: ['observasi_praktik_pembelajaran'],
      removed: ['pelatihan_mandiri'],
    });
  });

  it('refuses an activity planned more often than the rule set allows (422, names the activity)', async () => {
    const { app, ctx, setNow } = t();
    setNow('2024-01-20T03:00:00.000Z');
    const { teacher } = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    const guru = await clientFor(app, teacher.email);
    const started = planOf(await guru.post('/api/plans', { periodId: '2024-S1' }), 201);
    const confirmed = planOf(await guru.post(`/api/plans/${started.id}/personal-data/confirm`));
    const codes = Array.from({ length: 17 }, () => 'peserta_berbagi_praktik_baik');
    const saved = planOf(
      await guru.put(`/api/plans/${started.id}/draft`, {
        version: confirmed.version,
        content: { ...validContent('2024-S1'), competencyRhkCodes: codes },
      }),
    );
    const response = await guru.post(`/api/plans/${started.id}/submit`);
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('direncanakan 17 kali; paling banyak 16 kali per semester');
    expect(planOf(await guru.get(`/api/plans/${started.id}`)).version).toBe(saved.version);
  });

  // "Data sudah sesuai" is enforced by the server in every version — domain.md §3.2.
  it.each([
    ['2024-S1', '2024-01-20T03:00:00.000Z', 'PERSONAL_DATA_NOT_CONFIRMED', 'Data sudah sesuai'],
    ['2024-S2', '2024-07-05T03:00:00.000Z', 'PERSONAL_DATA_NOT_CONFIRMED', 'Data sudah sesuai'],
    ['2025', '2025-01-20T03:00:00.000Z', 'PERSONAL_DATA_NOT_CONFIRMED', 'Data sudah sesuai'],
    ['2026', '2026-01-12T03:00:00.000Z', 'PRE_PLANNING_NOT_CONFIRMED', 'Data Diri'],
  ])(
    '%s: "Ajukan" without "Data sudah sesuai" is refused, then accepted',
    async (period, now, code, text) => {
      const { app, ctx, setNow } = t();
      setNow(now);
      if (!period.startsWith('2024')) {
        await fillTestIndicator(await clientFor(app, (await makeAdmin(ctx.db)).email), period);
      }
      const { teacher, principal, school } = await makePlanningSchool(ctx.db, { periodId: period });
      if (period === '2024-S2') {
        // The atasan has started Pelaksanaan of Periode 2 (see the next test).
        await insertApprovedPlan(ctx.db, {
          employeeId: principal!.id,
          schoolId: school.id,
          periodId: period,
          kind: 'principal',
        });
      }
      const guru = await clientFor(app, teacher.email);
      const started = planOf(await guru.post('/api/plans', { periodId: period }), 201);
      const saved = planOf(
        await guru.put(`/api/plans/${started.id}/draft`, {
          version: started.version,
          content: validContent(period),
        }),
      );
      const refused = await guru.post(`/api/plans/${started.id}/submit`);
      expect(refused.statusCode).toBe(422);
      const problems = planOf(await guru.get(`/api/plans/${started.id}`)).tabs.flatMap(
        (tab) => tab.problems,
      );
      expect(problems.map((problem) => problem.code)).toEqual([code]);
      expect(problems[0]?.message).toContain(text);
      expect(planOf(await guru.get(`/api/plans/${started.id}`))).toMatchObject({
        status: 'draft',
        version: saved.version,
      });
      planOf(await guru.post(`/api/plans/${started.id}/personal-data/confirm`));
      if (period === '2026') return; // 2026 also asks Tim Kinerja/assessor for principals only.
      expect(planOf(await guru.post(`/api/plans/${started.id}/submit`)).status).toBe('submitted');
    },
  );

  it('2024-S1: a principal plans as employee from 15 January (domain.md §1.1)', async () => {
    const { app, ctx, setNow } = t();
    setNow('2024-01-10T03:00:00.000Z');
    const { principal } = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    let ks = await clientFor(app, principal!.email);
    const early = await ks.post('/api/plans', { periodId: '2024-S1', kind: 'principal' });
    expect(early.statusCode).toBe(403);
    expect(codeOf(early)).toBe('PLANNING_NOT_OPEN_PRINCIPAL');
    expect(early.body).toContain('dibuka mulai 15 Januari 2024');
    const mine = (
      await ks.get('/api/plans/mine?periodId=2024-S1&kind=principal')
    ).json<MyPlanResponse>();
    expect(mine).toMatchObject({
      canStart: false,
      startRefusal: { code: 'PLANNING_NOT_OPEN_PRINCIPAL' },
    });

    setNow('2024-01-15T03:00:00.000Z');
    ks = await clientFor(app, principal!.email); // a new day, a new session
    expect(
      (await ks.post('/api/plans', { periodId: '2024-S1', kind: 'principal' })).statusCode,
    ).toBe(201);
  });

  it('2024-S2: a teacher starts only after the principal has started Pelaksanaan (domain.md §2.4)', async () => {
    const { app, ctx, setNow } = t();
    setNow('2024-07-03T03:00:00.000Z');
    const { teacher, principal, school } = await makePlanningSchool(ctx.db, {
      periodId: '2024-S2',
    });
    const guru = await clientFor(app, teacher.email);
    const waiting = await guru.post('/api/plans', { periodId: '2024-S2' });
    expect(waiting.statusCode).toBe(403);
    expect(codeOf(waiting)).toBe('PLANNING_WAITS_FOR_SUPERVISOR_EXECUTION');
    expect(waiting.body).toContain(
      'setelah Kepala Sekolah (atasan Anda) memulai Pelaksanaan Kinerja',
    );
    expect(
      await ctx.db.selectFrom('plans').select('id').where('employeeId', '=', teacher.id).execute(),
    ).toEqual([]);

    // The principal's own plan for Periode 2 only submitted: still waiting.
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: principal!.id,
      schoolId: school.id,
      periodId: '2024-S2',
      kind: 'principal',
      status: 'submitted',
    });
    expect((await guru.post('/api/plans', { periodId: '2024-S2' })).statusCode).toBe(403);
    await ctx.db
      .updateTable('plans')
      .set({ status: 'approved' })
      .where('id', '=', planId)
      .execute();
    expect((await guru.post('/api/plans', { periodId: '2024-S2' })).statusCode).toBe(201);
  });

  it('2024-S2 at a Plt school: no wait; the plan is approved automatically with the Plt as assessor', async () => {
    const { app, ctx, setNow } = t();
    setNow('2024-07-03T03:00:00.000Z');
    const { teacher, principal } = await makePlanningSchool(ctx.db, {
      periodId: '2024-S2',
      head: 'acting',
    });
    const guru = await clientFor(app, teacher.email);
    const started = planOf(await guru.post('/api/plans', { periodId: '2024-S2' }), 201);
    const confirmed = planOf(await guru.post(`/api/plans/${started.id}/personal-data/confirm`));
    planOf(
      await guru.put(`/api/plans/${started.id}/draft`, {
        version: confirmed.version,
        content: validContent('2024-S2'),
      }),
    );
    const submitted = planOf(await guru.post(`/api/plans/${started.id}/submit`));
    expect(submitted).toMatchObject({
      status: 'approved',
      supervision: { mode: 'automatic', basis: 'acting_principal' },
    });
    // Pelaksanaan is confirmed with the Plt (domain.md §1.1): the Plt reads the plan as its atasan.
    const plt = await clientFor(app, principal!.email);
    expect((await plt.get(`/api/plans/${started.id}`)).statusCode).toBe(200);
  });
});
