import type { NotificationListResponse } from '@kinerja/contract';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import { importRosterFile } from '../roster-import/import-roster.js';
import { csvText, PTK_HEADER, ptkRow, writeTemp } from '../roster-import/roster-test-support.js';
import {
  clientFor,
  fillTestIndicator,
  makeAdmin,
  makePlanningSchool,
  planOf,
  validContent,
} from './plan-test-support.js';

describe('a waiting plan once the school gets a Plt (domain.md §1.2; issue #11 item 9)', () => {
  const t = useTestApp({ now: '2026-01-12T03:00:00.000Z' });

  it('is approved by the system, the teacher is told to confirm Pelaksanaan with the Plt', async () => {
    const { app, ctx, setNow } = t();
    await fillTestIndicator(await clientFor(app, (await makeAdmin(ctx.db)).email), '2026');
    const { school, teacher } = await makePlanningSchool(ctx.db, {
      periodId: '2026',
      head: 'none',
    });
    const guru = await clientFor(app, teacher.email);
    const started = planOf(await guru.post('/api/plans', { periodId: '2026' }), 201);
    const confirmed = planOf(await guru.post(`/api/plans/${started.id}/personal-data/confirm`));
    planOf(
      await guru.put(`/api/plans/${started.id}/draft`, {
        version: confirmed.version,
        content: validContent('2026'),
      }),
    );
    expect(planOf(await guru.post(`/api/plans/${started.id}/submit`)).status).toBe('submitted');

    // A minute later: notifications carry the app's clock, and the newest comes first.
    setNow(new Date(ctx.clock().getTime() + 60_000).toISOString());
    const dir = await mkdtemp(join(tmpdir(), 'kinerja-plt-'));
    try {
      const acting = ptkRow({
        npsn: school.npsn,
        nama: 'Plt Baru',
        email: 'plt.baru@guru.sma.belajar.id',
        jenis_ptk: 'Guru Mapel',
        kepala_sekolah: 'plt',
      });
      const filePath = await writeTemp(dir, 'plt.csv', csvText([PTK_HEADER, acting]));
      const imported = await importRosterFile(ctx, { filePath, actorId: null, periodId: '2026' });
      expect(imported).toMatchObject({ ok: true, summary: { principalsSet: 1 } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    const plan = planOf(await guru.get(`/api/plans/${started.id}`));
    expect(plan).toMatchObject({
      status: 'approved',
      supervision: { mode: 'automatic', basis: 'acting_principal' },
      approval: { isAutomatic: true },
    });
    const notes = (await guru.get('/api/notifications')).json<NotificationListResponse>();
    expect(notes.notifications[0]).toMatchObject({
      kind: 'plan_auto_approved',
      body: expect.stringContaining('Plt Baru'),
    });
    const synced = await ctx.db
      .selectFrom('outbox')
      .select('topic')
      .where('topic', '=', 'plan.approved')
      .execute();
    expect(synced).toHaveLength(1);
  });

  it('never lets a Plt who teaches at the school approve, list or assess his own plan', async () => {
    const { app, ctx, setNow } = t();
    await fillTestIndicator(await clientFor(app, (await makeAdmin(ctx.db)).email), '2026');
    const { school, teacher } = await makePlanningSchool(ctx.db, {
      periodId: '2026',
      head: 'none',
    });
    const dir = await mkdtemp(join(tmpdir(), 'kinerja-plt-own-'));
    try {
      const acting = ptkRow({
        npsn: school.npsn,
        nama: 'Plt Guru',
        email: 'plt.guru@guru.sma.belajar.id',
        jenis_ptk: 'Guru Mapel',
        kepala_sekolah: 'plt',
      });
      const filePath = await writeTemp(dir, 'plt.csv', csvText([PTK_HEADER, acting]));
      const imported = await importRosterFile(ctx, { filePath, actorId: null, periodId: '2026' });
      expect(imported).toMatchObject({ ok: true });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // The imported Plt signs in with the test password, as his colleague does.
    await ctx.db
      .updateTable('people')
      .set({
        passwordHash: (eb) =>
          eb.selectFrom('people').select('passwordHash').where('id', '=', teacher.id),
      })
      .where('email', '=', 'plt.guru@guru.sma.belajar.id')
      .execute();
    const plans: Record<string, string> = {};
    for (const email of ['plt.guru@guru.sma.belajar.id', teacher.email!]) {
      const person = await clientFor(app, email);
      const started = planOf(await person.post('/api/plans', { periodId: '2026' }), 201);
      const confirmed = planOf(await person.post(`/api/plans/${started.id}/personal-data/confirm`));
      const content = validContent('2026');
      planOf(
        await person.put(`/api/plans/${started.id}/draft`, { version: confirmed.version, content }),
      );
      expect(planOf(await person.post(`/api/plans/${started.id}/submit`)).status).toBe('approved');
      plans[email] = started.id;
    }

    setNow('2026-12-10T03:00:00.000Z');
    const plt = await clientFor(app, 'plt.guru@guru.sma.belajar.id');
    const list = await plt.get(`/api/schools/${school.id}/assessments?periodId=2026`);
    expect(list.statusCode).toBe(200);
    const listed = list.json<{ rows: Array<{ planId: string }> }>().rows.map((row) => row.planId);
    expect(listed).toEqual([plans[teacher.email!]]);

    const draft = {
      version: 0,
      workResultRating: 'meets_expectations',
      workBehaviourRating: 'meets_expectations',
      behaviourFeedback: {},
      notes: '',
    };
    // His own plan answers as to its owner: not yet set by the assessor, and nothing is written.
    const ownPlanId = plans['plt.guru@guru.sma.belajar.id']!;
    const own = await plt.put(`/api/plans/${ownPlanId}/assessment`, draft);
    expect(own.statusCode).toBe(404);
    expect(own.json<{ error: { message: string } }>().error.message).toMatch(/belum ditetapkan/);
    const written = await ctx.db
      .selectFrom('assessments')
      .select('id')
      .where('planId', '=', ownPlanId)
      .execute();
    expect(written).toEqual([]);
    const colleague = await plt.put(`/api/plans/${plans[teacher.email!]}/assessment`, draft);
    expect(colleague.statusCode).toBe(200);
  });
});
