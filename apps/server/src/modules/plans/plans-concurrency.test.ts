import type { MyPlanResponse, PlanErrorResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { clientFor, makePlanningSchool, planOf, validContent } from './plan-test-support.js';

describe('the same draft on a phone and a laptop', () => {
  const t = useTestApp({ now: '2024-01-10T03:00:00.000Z' });

  async function startedPlan() {
    const { app, ctx } = t();
    const { teacher } = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    const phone = await clientFor(app, teacher.email);
    const laptop = await clientFor(app, teacher.email);
    const started = planOf(await phone.post('/api/plans', { periodId: '2024-S1' }), 201);
    // "Data sudah sesuai" before any submission (domain.md §3.2).
    const plan = planOf(await phone.post(`/api/plans/${started.id}/personal-data/confirm`));
    const audits = async () =>
      (
        await ctx.db
          .selectFrom('auditLog')
          .select('action')
          .where('entityId', '=', plan.id)
          .where('action', '=', 'plan.save_draft')
          .execute()
      ).length;
    return { phone, laptop, plan, audits };
  }

  it('a stale save gets 409 PLAN_VERSION_CONFLICT with the server copy; nothing typed is lost silently', async () => {
    const { phone, laptop, plan } = await startedPlan();
    const content = validContent('2024-S1');
    const fromPhone = { ...content, practiceIndicatorCode: 'aktivasi_interaktif' };
    const fromLaptop = { ...content, practiceIndicatorCode: 'instruksi_yang_adaptif' };
    const saved = planOf(
      await phone.put(`/api/plans/${plan.id}/draft`, { version: plan.version, content: fromPhone }),
    );
    expect(saved.version).toBe(plan.version + 1);

    const stale = await laptop.put(`/api/plans/${plan.id}/draft`, {
      version: plan.version,
      content: fromLaptop,
    });
    expect(stale.statusCode).toBe(409);
    const body = stale.json<PlanErrorResponse>();
    expect(body.error.code).toBe('PLAN_VERSION_CONFLICT');
    expect(body.error.message).toContain('sudah diubah');
    expect(body.error.current).toMatchObject({
      version: saved.version,
      content: { practiceIndicatorCode: 'aktivasi_interaktif' },
    });

    // The laptop decides to keep its own choice, based on the server's version: now it saves.
    const resolved = planOf(
      await laptop.put(`/api/plans/${plan.id}/draft`, {
        version: body.error.current!.version,
        content: fromLaptop,
      }),
    );
    expect(resolved).toMatchObject({
      version: saved.version + 1,
      content: { practiceIndicatorCode: 'instruksi_yang_adaptif' },
    });
  });

  it('a retried save (same Idempotency-Key and base version) changes the plan once', async () => {
    const { phone, plan, audits } = await startedPlan();
    const request = { version: plan.version, content: validContent('2024-S1') };
    const headers = { 'idempotency-key': 'save-7f1c' };
    const first = planOf(await phone.put(`/api/plans/${plan.id}/draft`, request, headers));
    const retry = planOf(await phone.put(`/api/plans/${plan.id}/draft`, request, headers));
    expect(retry.version).toBe(first.version);
    expect(await audits()).toBe(1);
    // Without a key, resending the same content is recognised too.
    const again = planOf(await phone.put(`/api/plans/${plan.id}/draft`, request));
    expect(again.version).toBe(first.version);
    expect(await audits()).toBe(1);
  });

  it('remembers the last tab visited, so leaving and coming back resumes there', async () => {
    const { phone, laptop, plan } = await startedPlan();
    const content = validContent('2024-S1');
    planOf(
      await phone.put(`/api/plans/${plan.id}/draft`, {
        version: plan.version,
        content,
        lastTab: 'competency',
      }),
    );
    // Moving to another tab with unchanged content is no conflict and no new version.
    const moved = planOf(
      await laptop.put(`/api/plans/${plan.id}/draft`, {
        version: plan.version,
        content,
        lastTab: 'work_behaviour',
      }),
    );
    expect(moved).toMatchObject({ version: plan.version + 1, lastTab: 'work_behaviour' });
    const mine = (await phone.get('/api/plans/mine?periodId=2024-S1')).json<MyPlanResponse>();
    expect(mine.plan?.lastTab).toBe('work_behaviour');
  });

  it('a save after the plan was submitted elsewhere is a conflict, not an edit', async () => {
    const { phone, laptop, plan } = await startedPlan();
    const saved = planOf(
      await phone.put(`/api/plans/${plan.id}/draft`, {
        version: plan.version,
        content: validContent('2024-S1'),
      }),
    );
    planOf(await phone.post(`/api/plans/${plan.id}/submit`));
    const late = await laptop.put(`/api/plans/${plan.id}/draft`, {
      version: saved.version,
      content: { ...validContent('2024-S1'), practiceIndicatorCode: 'aktivasi_interaktif' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json<PlanErrorResponse>().error.current).toMatchObject({
      status: 'submitted',
      abilities: { canEdit: false },
    });
  });
});
