import type { BulkApprovePlansResponse, SchoolPlanListResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.js';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  codeOf,
  makePlanningSchool,
  planOf,
  validContent,
  type Client,
} from './plan-test-support.js';

const PERIOD = '2024-S1';

async function submittedBy(guru: Client, options: { submit?: boolean } = { submit: true }) {
  const started = planOf(await guru.post('/api/plans', { periodId: PERIOD }), 201);
  // "Data sudah sesuai" is required in 2024 too (domain.md §3.2).
  const plan = planOf(await guru.post(`/api/plans/${started.id}/personal-data/confirm`));
  const saved = planOf(
    await guru.put(`/api/plans/${plan.id}/draft`, {
      version: plan.version,
      content: validContent(PERIOD),
    }),
  );
  if (options.submit === false) return saved;
  return planOf(await guru.post(`/api/plans/${plan.id}/submit`));
}

const countNotifications = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the principal reviews: Periksa, expectations, bulk approval', () => {
  const t = useTestApp({ now: '2024-01-20T03:00:00.000Z' });

  it('lists every teacher with status and counts, filters by status, and hides other schools', async () => {
    const { app, ctx } = t();
    const { school, teachers, principal } = await makePlanningSchool(ctx.db, {
      periodId: PERIOD,
      teachers: 3,
    });
    const [a, b] = await Promise.all([
      clientFor(app, teachers[0]!.email),
      clientFor(app, teachers[1]!.email),
    ]);
    await submittedBy(a);
    await submittedBy(b, { submit: false });
    const kepsek = await clientFor(app, principal!.email);
    const all = (
      await kepsek.get(`/api/schools/${school.id}/plans?periodId=${PERIOD}`)
    ).json<SchoolPlanListResponse>();
    expect(all.counts).toEqual({
      not_started: 1,
      draft: 1,
      submitted: 1,
      returned: 0,
      approved: 0,
    });
    expect(all.plans.map((row) => row.statusLabel).sort()).toEqual([
      'Belum mulai',
      'Draf',
      'Perlu disetujui',
    ]);
    const notStarted = (
      await kepsek.get(`/api/schools/${school.id}/plans?periodId=${PERIOD}&status=not_started`)
    ).json<SchoolPlanListResponse>();
    expect(notStarted.plans).toEqual([
      expect.objectContaining({
        planId: null,
        abilities: { canView: false, canApprove: false, canReturn: false },
      }),
    ]);

    const other = await makePlanningSchool(ctx.db, { periodId: PERIOD });
    expect(
      (await kepsek.get(`/api/schools/${other.school.id}/plans?periodId=${PERIOD}`)).statusCode,
    ).toBe(404);
    expect((await a.get(`/api/schools/${school.id}/plans?periodId=${PERIOD}`)).statusCode).toBe(
      403,
    );
    expect(
      (await kepsek.get(`/api/schools/${school.id}/plans?periodId=${PERIOD}&status=selesai`))
        .statusCode,
    ).toBe(400);
  });

  it('writes Ekspektasi Khusus Pimpinan that the teacher sees, guarded by version and role', async () => {
    const { app, ctx } = t();
    const { teacher, principal } = await makePlanningSchool(ctx.db, { periodId: PERIOD });
    const guru = await clientFor(app, teacher.email);
    const plan = await submittedBy(guru);
    const kepsek = await clientFor(app, principal!.email);
    const written = planOf(
      await kepsek.put(`/api/plans/${plan.id}/supervisor-expectations`, {
        version: plan.version,
        expectations: { kolaboratif: 'Aktif di KKG.' },
      }),
    );
    expect(written.version).toBe(plan.version + 1);
    expect(
      planOf(await guru.get(`/api/plans/${plan.id}`)).supervisorExpectations.kolaboratif?.text,
    ).toBe('Aktif di KKG.');
    const stale = await kepsek.put(`/api/plans/${plan.id}/supervisor-expectations`, {
      version: plan.version,
      expectations: { loyal: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    const byTeacher = await guru.put(`/api/plans/${plan.id}/supervisor-expectations`, {
      version: written.version,
      expectations: { loyal: 'x' },
    });
    expect(byTeacher.statusCode).toBe(403);
    const tooLong = await kepsek.put(`/api/plans/${plan.id}/supervisor-expectations`, {
      version: written.version,
      expectations: { loyal: 'x'.repeat(1001) },
    });
    expect(tooLong.statusCode).toBe(400);
  });

  it('bulk approval: per plan all-or-nothing, with a result for each', async () => {
    const { app, ctx } = t();
    const { school, teachers, principal } = await makePlanningSchool(ctx.db, {
      periodId: PERIOD,
      teachers: 3,
    });
    const clients = await Promise.all(teachers.map((teacher) => clientFor(app, teacher.email)));
    const first = await submittedBy(clients[0]!);
    const second = await submittedBy(clients[1]!);
    const draft = await submittedBy(clients[2]!, { submit: false });
    const elsewhere = await makePlanningSchool(ctx.db, { periodId: PERIOD });
    const foreign = await submittedBy(await clientFor(app, elsewhere.teacher.email));
    const kepsek = await clientFor(app, principal!.email);
    const before = await countNotifications(ctx.db);
    const response = await kepsek.post(`/api/schools/${school.id}/plans/approve`, {
      planIds: [first.id, second.id, draft.id, foreign.id],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<BulkApprovePlansResponse>();
    expect(body.approvedCount).toBe(2);
    expect(body.results.map((result) => [result.planId, result.ok, result.code])).toEqual([
      [first.id, true, null],
      [second.id, true, null],
      [draft.id, false, 'INVALID_TRANSITION'],
      [foreign.id, false, 'NOT_FOUND'],
    ]);
    expect(planOf(await clients[2]!.get(`/api/plans/${draft.id}`)).status).toBe('draft');
    // Two approvals → two notifications; the refused ones wrote nothing.
    expect((await countNotifications(ctx.db)) - before).toBe(2);

    expect(
      (await clients[0]!.post(`/api/schools/${school.id}/plans/approve`, { planIds: [first.id] }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await kepsek.post(`/api/schools/${elsewhere.school.id}/plans/approve`, {
          planIds: [foreign.id],
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await kepsek.post(`/api/schools/${school.id}/plans/approve`, { planIds: [] })).statusCode,
    ).toBe(400);
    expect(
      (await kepsek.post(`/api/schools/${school.id}/plans/approve`, { planIds: ['abc'] }))
        .statusCode,
    ).toBe(400);
  });

  it('writes no notification when a change is refused', async () => {
    const { app, ctx } = t();
    const { teacher, principal } = await makePlanningSchool(ctx.db, { periodId: PERIOD });
    const guru = await clientFor(app, teacher.email);
    const kepsek = await clientFor(app, principal!.email);
    const plan = planOf(await guru.post('/api/plans', { periodId: PERIOD }), 201);
    const before = await countNotifications(ctx.db);
    const incomplete = await guru.post(`/api/plans/${plan.id}/submit`);
    expect(incomplete.statusCode).toBe(422);
    expect(codeOf(incomplete)).toBe('PLAN_HAS_PROBLEMS');
    const approveDraft = await kepsek.post(`/api/plans/${plan.id}/approve`);
    expect(approveDraft.statusCode).toBe(409);
    expect(codeOf(approveDraft)).toBe('INVALID_TRANSITION');
    expect(
      (await kepsek.post(`/api/plans/${plan.id}/return`, { note: 'Belum lengkap' })).statusCode,
    ).toBe(409);
    expect((await guru.post(`/api/plans/${plan.id}/approve`)).statusCode).toBe(403);
    expect(await countNotifications(ctx.db)).toBe(before);
    expect(planOf(await guru.get(`/api/plans/${plan.id}`))).toMatchObject({
      status: 'draft',
      version: plan.version,
    });
  });
});
