import type { NotificationListResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { clientFor, makePlanningSchool, planOf, validContent } from '../plans/plan-test-support.js';

describe('in-app notifications', () => {
  const t = useTestApp({ now: '2024-01-10T03:00:00.000Z' });

  /** A teacher whose plan was submitted and returned, so each side has a notification. */
  async function withNotifications() {
    const { app, ctx } = t();
    const { teacher, principal } = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    const guru = await clientFor(app, teacher.email);
    const kepsek = await clientFor(app, principal!.email);
    const started = planOf(await guru.post('/api/plans', { periodId: '2024-S1' }), 201);
    // "Data sudah sesuai" is required in 2024 too (domain.md §3.2).
    const plan = planOf(await guru.post(`/api/plans/${started.id}/personal-data/confirm`));
    planOf(
      await guru.put(`/api/plans/${plan.id}/draft`, {
        version: plan.version,
        content: validContent('2024-S1'),
      }),
    );
    planOf(await guru.post(`/api/plans/${plan.id}/submit`));
    planOf(await kepsek.post(`/api/plans/${plan.id}/return`, { note: 'Lengkapi SK wali kelas.' }));
    return { guru, kepsek, plan };
  }

  it('lists the newest first with the unread count, marks one or all read', async () => {
    const { guru, kepsek, plan } = await withNotifications();
    const list = (await guru.get('/api/notifications')).json<NotificationListResponse>();
    expect(list.unreadCount).toBe(1);
    expect(list.notifications).toEqual([
      expect.objectContaining({
        kind: 'plan_returned',
        planId: plan.id,
        periodId: '2024-S1',
        isRead: false,
      }),
    ]);
    expect(list.notifications[0]!.body).toContain('Lengkapi SK wali kelas.');
    const id = list.notifications[0]!.id;
    expect((await guru.post(`/api/notifications/${id}/read`)).json()).toEqual({ ok: true });
    expect((await guru.post(`/api/notifications/${id}/read`)).statusCode).toBe(200);
    expect(
      (await guru.get('/api/notifications?unreadOnly=true')).json<NotificationListResponse>(),
    ).toEqual({ unreadCount: 0, notifications: [] });

    // Someone else's notification is not found, not forbidden.
    expect((await kepsek.post(`/api/notifications/${id}/read`)).statusCode).toBe(404);
    expect((await kepsek.post('/api/notifications/read-all')).json()).toEqual({ updated: 1 });
    expect(
      (await kepsek.get('/api/notifications')).json<NotificationListResponse>().unreadCount,
    ).toBe(0);
  });

  it('answers 401 without a session and 400 for bad input', async () => {
    const { app } = t();
    const { guru } = await withNotifications();
    expect((await app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'POST', url: '/api/notifications/read-all' })).statusCode,
    ).toBe(401);
    expect((await guru.get('/api/notifications?limit=0')).statusCode).toBe(400);
    expect((await guru.get('/api/notifications?unreadOnly=mungkin')).statusCode).toBe(400);
    expect((await guru.post('/api/notifications/bukan-id/read')).statusCode).toBe(400);
    expect(
      (await guru.get('/api/notifications?limit=1')).json<NotificationListResponse>().notifications,
    ).toHaveLength(1);
  });

  it('documents the planning API in OpenAPI', async () => {
    const response = await t().app.inject({ method: 'GET', url: '/api/openapi.json' });
    const paths = Object.keys(response.json<{ paths: object }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/plans/{id}/draft',
        '/api/notifications',
        '/api/rapor-pendidikan/imports',
        '/api/home',
      ]),
    );
  });
});
