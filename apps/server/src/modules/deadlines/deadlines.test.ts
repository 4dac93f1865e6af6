import type {
  DeadlineExtension,
  HomeResponse,
  MyPlanResponse,
  NotificationListResponse,
} from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { makeDinas, makePerson, makeRegion } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  codeOf,
  fillTestIndicator,
  makeAdmin,
  makeDinasOfficial,
  makePlanningSchool,
  planOf,
  validContent,
} from '../plans/plan-test-support.js';
import { notifyDeadlinesNear } from './notify-deadlines-near.js';

describe('planning windows, the 2026 lockout and per-person extensions', () => {
  const t = useTestApp({ now: '2026-01-05T03:00:00.000Z' });

  it('opens with the period: Mulai in Pra-Perencanaan, Ajukan only from 8 January', async () => {
    const { app, ctx, setNow } = t();
    setNow('2026-01-05T03:00:00.000Z');
    await fillTestIndicator(await clientFor(app, (await makeAdmin(ctx.db)).email), '2026');
    const { teacher } = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const guru = await clientFor(app, teacher.email);
    const plan = planOf(await guru.post('/api/plans', { periodId: '2026' }), 201);
    const confirmed = planOf(await guru.post(`/api/plans/${plan.id}/personal-data/confirm`));
    const saved = planOf(
      await guru.put(`/api/plans/${plan.id}/draft`, {
        version: confirmed.version,
        content: validContent('2026'),
      }),
    );
    expect(saved.abilities).toMatchObject({ canEdit: true, canSubmit: false });
    const early = await guru.post(`/api/plans/${plan.id}/submit`);
    expect(early.statusCode).toBe(403);
    expect(codeOf(early)).toBe('PLANNING_NOT_OPEN');
    expect(early.json<{ error: { message: string } }>().error.message).toContain('8 Januari 2026');
    setNow('2026-01-08T03:00:00.000Z');
    const later = await clientFor(app, teacher.email);
    expect(planOf(await later.post(`/api/plans/${plan.id}/submit`)).status).toBe('submitted');
  });

  it('locks planning after 31 January 2026 until an administrator or the Dinas extends it for that person', async () => {
    const { app, ctx, setNow } = t();
    setNow('2026-01-20T03:00:00.000Z');
    const { dinas, teacher, teachers } = await makePlanningSchool(ctx.db, {
      periodId: '2026',
      teachers: 2,
    });
    const plan = planOf(
      await (await clientFor(app, teacher.email)).post('/api/plans', { periodId: '2026' }),
      201,
    );
    setNow('2026-02-02T03:00:00.000Z');
    const guru = await clientFor(app, teacher.email);
    const mine = (await guru.get('/api/plans/mine?periodId=2026')).json<MyPlanResponse>();
    expect(mine.planningDeadline).toMatchObject({ status: 'closed', isLockedOut: true });
    expect(mine.plan?.abilities).toMatchObject({ canEdit: false, canSubmit: false });
    const locked = await guru.put(`/api/plans/${plan.id}/draft`, {
      version: plan.version,
      content: validContent('2026'),
    });
    expect(locked.statusCode).toBe(403);
    expect(codeOf(locked)).toBe('PLANNING_LOCKED_OUT');
    const other = await clientFor(app, teachers[1]!.email);
    const notStarted = (await other.get('/api/plans/mine?periodId=2026')).json<MyPlanResponse>();
    expect(notStarted).toMatchObject({
      canStart: false,
      startRefusal: { code: 'PLANNING_LOCKED_OUT' },
    });
    expect((await other.post('/api/plans', { periodId: '2026' })).statusCode).toBe(403);

    const request = {
      personId: teacher.id,
      periodId: '2026',
      stage: 'planning',
      until: '2026-02-07',
      reason: 'Sakit, surat dokter terlampir',
    };
    expect((await guru.post('/api/deadline-extensions', request)).statusCode).toBe(403);
    const farDinas = await makeDinas(ctx.db, {
      regencyCode: (await makeRegion(ctx.db, { province: '33', regency: '3301' })).regency,
      provinceCode: '33',
    });
    const stranger = await clientFor(app, (await makeDinasOfficial(ctx.db, farDinas.id)).email);
    expect((await stranger.post('/api/deadline-extensions', request)).statusCode).toBe(404);
    const pejabat = await clientFor(app, (await makeDinasOfficial(ctx.db, dinas.id)).email);
    expect(
      (await pejabat.post('/api/deadline-extensions', { ...request, until: '2026-01-30' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await pejabat.post('/api/deadline-extensions', { ...request, until: '7 Feb 2026' }))
        .statusCode,
    ).toBe(400);
    const granted = await pejabat.post('/api/deadline-extensions', request);
    expect(granted.statusCode).toBe(201);
    expect(granted.json<DeadlineExtension>()).toMatchObject({
      personId: teacher.id,
      until: '2026-02-07',
    });

    const unlocked = planOf(
      await guru.put(`/api/plans/${plan.id}/draft`, {
        version: plan.version,
        content: validContent('2026'),
      }),
    );
    expect(unlocked.planningDeadline).toMatchObject({
      status: 'extended',
      effectiveClosesOn: '2026-02-07',
      isLockedOut: false,
    });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'deadline.extend')
      .execute();
    expect(audit).toHaveLength(1);
    const listed = await guru.get(`/api/deadline-extensions?personId=${teacher.id}&periodId=2026`);
    expect(listed.json<{ extensions: DeadlineExtension[] }>().extensions).toHaveLength(1);
    expect((await other.get(`/api/deadline-extensions?personId=${teacher.id}`)).statusCode).toBe(
      403,
    );
  });

  it('GET /api/home says what is due and by when', async () => {
    const { app, ctx, setNow } = t();
    setNow('2026-01-26T03:00:00.000Z');
    const { teacher, principal, school } = await makePlanningSchool(ctx.db, {
      periodId: '2026',
      teachers: 2,
    });
    const guru = await clientFor(app, teacher.email);
    const home = (await guru.get('/api/home')).json<HomeResponse>();
    expect(home.period.id).toBe('2026');
    expect(home.deadlines.find((d) => d.stage === 'planning')).toMatchObject({
      status: 'closing_soon',
      closesOn: '2026-01-31',
      daysLeft: 5,
    });
    expect(home.tasks).toEqual([
      expect.objectContaining({ code: 'plan_not_started', role: 'teacher', dueOn: '2026-01-31' }),
    ]);
    const plan = planOf(await guru.post('/api/plans', { periodId: '2026' }), 201);
    planOf(await guru.post(`/api/plans/${plan.id}/personal-data/confirm`));
    const latest = planOf(await guru.get(`/api/plans/${plan.id}`));
    planOf(
      await guru.put(`/api/plans/${plan.id}/draft`, {
        version: latest.version,
        content: validContent('2026'),
      }),
    );
    planOf(await guru.post(`/api/plans/${plan.id}/submit`));
    const kepsek = await clientFor(app, principal!.email);
    const forHead = (await kepsek.get('/api/home')).json<HomeResponse>();
    expect(forHead.tasks).toContainEqual(
      expect.objectContaining({ code: 'plans_to_approve', count: 1, schoolId: school.id }),
    );
    expect(forHead.unreadNotifications).toBe(1);
    expect((await app.inject({ method: 'GET', url: '/api/home' })).statusCode).toBe(401);
  });

  it('notifyDeadlinesNear writes one reminder per person, period and stage, and none to those done or extended', async () => {
    const { app, ctx } = t();
    const { teachers } = await makePlanningSchool(ctx.db, { periodId: '2026', teachers: 3 });
    const [waiting, extended, operatorLike] = teachers;
    await ctx.db
      .insertInto('deadlineExtensions')
      .values({
        periodId: '2026',
        personId: extended!.id,
        provinceCode: '32',
        stage: 'planning',
        until: '2026-02-20',
        reason: 'uji',
        grantedBy: operatorLike!.id,
      })
      .execute();
    const early = await notifyDeadlinesNear(ctx, new Date('2026-01-10T03:00:00.000Z'));
    expect(early).toBe(0);
    const near = new Date('2026-01-27T03:00:00.000Z');
    const written = await notifyDeadlinesNear(ctx, near);
    expect(written).toBeGreaterThan(0);
    expect(await notifyDeadlinesNear(ctx, near)).toBe(0);
    const kinds = async (email: string | null) =>
      (await (await clientFor(app, email)).get('/api/notifications'))
        .json<NotificationListResponse>()
        .notifications.filter((n) => n.kind === 'deadline_near');
    expect(await kinds(waiting!.email)).toHaveLength(1);
    expect((await kinds(waiting!.email))[0]!.body).toContain('31 Januari 2026');
    expect(await kinds(extended!.email)).toHaveLength(0);
    // Near the extended date, the extended teacher gets theirs — once.
    expect(await notifyDeadlinesNear(ctx, new Date('2026-02-17T03:00:00.000Z'))).toBe(1);
    expect((await kinds(extended!.email))[0]!.body).toContain('20 Februari 2026');
    const someone = await makePerson(ctx.db, { jenisPtk: 'Pengawas Sekolah' });
    expect(await kinds(someone.email)).toHaveLength(0);
  });
});
