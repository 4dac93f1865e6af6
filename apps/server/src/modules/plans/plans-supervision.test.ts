import type {
  DinasPlanListResponse,
  MyPlanResponse,
  NotificationListResponse,
  PengawasPlanListResponse,
  PlanTeamResponse,
  SchoolPlanListResponse,
} from '@kinerja/contract';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePerson, makePrincipal } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { importRosterFile } from '../roster-import/import-roster.js';
import { csvText, PTK_HEADER, ptkRow, writeTemp } from '../roster-import/roster-test-support.js';
import {
  clientFor,
  codeOf,
  fillTestIndicator,
  makeAdmin,
  makeDinasOfficial,
  makePlanningSchool,
  pdfText,
  planOf,
  validContent,
  type Client,
} from './plan-test-support.js';

/** Mulai, Data sudah sesuai and a complete draft; returns the plan id. */
async function readyPlan(guru: Client, periodId: string, kind?: 'teacher' | 'principal') {
  const started = planOf(
    await guru.post('/api/plans', { periodId, ...(kind ? { kind } : {}) }),
    201,
  );
  const confirmed = planOf(await guru.post(`/api/plans/${started.id}/personal-data/confirm`));
  const content = validContent(
    periodId,
    kind === 'principal' ? { practice: 'presentasi_visi_misi' } : {},
  );
  planOf(await guru.put(`/api/plans/${started.id}/draft`, { version: confirmed.version, content }));
  return started.id;
}

const notesOf = async (client: Client) =>
  (await client.get('/api/notifications')).json<NotificationListResponse>().notifications;

describe('who approves: Plt, no principal, principal as pegawai', () => {
  const t = useTestApp({ now: '2026-01-12T03:00:00.000Z' });

  it('a Plt-only school approves automatically and tells the teacher to confirm Pelaksanaan with the Plt', async () => {
    const { app, ctx } = t();
    await fillTestIndicator(await clientFor(app, (await makeAdmin(ctx.db)).email), '2026');
    const { teacher, principal } = await makePlanningSchool(ctx.db, {
      periodId: '2026',
      head: 'acting',
    });
    const guru = await clientFor(app, teacher.email);
    const id = await readyPlan(guru, '2026');
    const plan = planOf(await guru.post(`/api/plans/${id}/submit`));
    expect(plan).toMatchObject({
      status: 'approved',
      approval: { isAutomatic: true, approvedBy: null },
      supervision: {
        mode: 'automatic',
        basis: 'acting_principal',
        assessor: { id: principal!.id },
      },
    });
    expect(plan.approval?.label).toContain('Disetujui otomatis oleh sistem (Plt)');
    expect(plan.supervision.message).toContain(principal!.name);
    const [note] = await notesOf(guru);
    expect(note).toMatchObject({ kind: 'plan_auto_approved', planId: id });
    expect(note!.body).toContain(principal!.name);
    const pdf = await guru.get(`/api/plans/${id}/pdf`);
    expect(pdfText(pdf.rawPayload)).toContain('Disetujui otomatis oleh sistem (Plt)');
    // The Plt cannot approve again: the system did.
    const plt = await clientFor(app, principal!.email);
    expect((await plt.post(`/api/plans/${id}/approve`)).statusCode).toBe(409);
  });

  it('with no principal the plan waits, and reaches the principal once the roster has one', async () => {
    const { app, ctx } = t();
    const { school, teacher } = await makePlanningSchool(ctx.db, {
      periodId: '2026',
      head: 'none',
    });
    const guru = await clientFor(app, teacher.email);
    const id = await readyPlan(guru, '2026');
    const blocked = planOf(await guru.post(`/api/plans/${id}/submit`));
    expect(blocked).toMatchObject({
      status: 'submitted',
      supervision: { mode: 'blocked', message: 'Data atasan Anda tidak ditemukan' },
    });
    expect(blocked.supervision.hint).toContain('Operator Sekolah');
    expect((await notesOf(guru)).map((note) => note.kind)).toEqual(['plan_blocked']);

    // The roster import (or an operator) adds a definitive principal: no new submission needed.
    const kepala = await makePerson(ctx.db, { schoolId: school.id, jenisPtk: 'Kepala Sekolah' });
    await makePrincipal(ctx.db, { schoolId: school.id, personId: kepala.id, periodId: '2026' });
    const kepsek = await clientFor(app, kepala.email);
    const list = (
      await kepsek.get(`/api/schools/${school.id}/plans`)
    ).json<SchoolPlanListResponse>();
    expect(list.approvalMode).toBe('manual');
    expect(list.plans.find((row) => row.planId === id)).toMatchObject({
      status: 'submitted',
      abilities: { canApprove: true, canReturn: true },
    });
    expect(planOf(await guru.get(`/api/plans/${id}`)).supervision).toMatchObject({
      mode: 'manual',
      approver: { id: kepala.id },
    });
    expect(planOf(await kepsek.post(`/api/plans/${id}/approve`)).status).toBe('approved');
  });

  it('a principal set by the roster import is told that plans already wait for them', async () => {
    const { app, ctx } = t();
    await fillTestIndicator(await clientFor(app, (await makeAdmin(ctx.db)).email), '2026');
    const { school, teacher } = await makePlanningSchool(ctx.db, {
      periodId: '2026',
      head: 'none',
    });
    const guru = await clientFor(app, teacher.email);
    const id = await readyPlan(guru, '2026');
    planOf(await guru.post(`/api/plans/${id}/submit`));

    const dir = await mkdtemp(join(tmpdir(), 'kinerja-heads-'));
    try {
      const head = ptkRow({
        npsn: school.npsn,
        nama: 'Kepala Baru',
        email: 'kepala.baru@guru.sma.belajar.id',
        jenis_ptk: 'Kepala Sekolah',
        kepala_sekolah: 'definitif',
      });
      const filePath = await writeTemp(dir, 'kepala.csv', csvText([PTK_HEADER, head]));
      const imported = await importRosterFile(ctx, { filePath, actorId: null, periodId: '2026' });
      expect(imported).toMatchObject({ ok: true, summary: { principalsSet: 1 } });
      // A second import of the same file does not repeat the notification.
      await importRosterFile(ctx, { filePath, actorId: null, periodId: '2026' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    const kepala = await ctx.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', 'kepala.baru@guru.sma.belajar.id')
      .executeTakeFirstOrThrow();
    const notes = await ctx.db
      .selectFrom('notifications')
      .select(['kind', 'title', 'body'])
      .where('recipientId', '=', kepala.id)
      .execute();
    expect(notes).toEqual([
      {
        kind: 'plan_submitted',
        title: 'Perencanaan Kinerja menunggu persetujuan Anda',
        body: expect.stringContaining(`1 Perencanaan Kinerja guru ${school.name}`),
      },
    ]);
  });

  it('2026: a principal confirms Tim Kinerja and assessor first, then the plan is approved on submission', async () => {
    const { app, ctx } = t();
    const { dinas, school, principal } = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const assessor = await makeDinasOfficial(ctx.db, dinas.id);
    const pengawas = await makePerson(ctx.db, {
      jenisPtk: 'Pengawas Sekolah',
      name: 'Pengawas Binaan',
    });
    await ctx.db
      .insertInto('pengawasSchools')
      .values({ personId: pengawas.id, schoolId: school.id })
      .execute();
    const kepsek = await clientFor(app, principal!.email);
    // "Mulai" says the confirmation comes first (issue #11 finding 7).
    const mine = (kind: string) =>
      kepsek.get(`/api/plans/mine?kind=${kind}`).then((r) => r.json<MyPlanResponse>());
    expect((await mine('principal')).isTeamRequired).toBe(true);
    const id = await readyPlan(kepsek, '2026', 'principal');
    const team = (await kepsek.get(`/api/plans/${id}/confirm-team`)).json<PlanTeamResponse>();
    expect(team).toMatchObject({
      isRequired: true,
      confirmedAt: null,
      assessor: { id: assessor.id },
    });
    expect(team.timKinerja).toEqual([
      { id: pengawas.id, name: 'Pengawas Binaan', source: 'pengawas' },
    ]);

    const early = await kepsek.post(`/api/plans/${id}/submit`);
    expect(early.statusCode).toBe(422);
    expect(codeOf(early)).toBe('PLAN_HAS_PROBLEMS');
    expect(
      early
        .json<{ error: { fields: Array<{ field: string }> } }>()
        .error.fields.map((f) => f.field),
    ).toContain('isPersonalDataConfirmed');

    const confirmed = planOf(await kepsek.post(`/api/plans/${id}/confirm-team`));
    expect(confirmed.team?.confirmedAt).not.toBeNull();
    const approved = planOf(await kepsek.post(`/api/plans/${id}/submit`));
    expect(approved).toMatchObject({
      status: 'approved',
      supervision: { basis: 'principal_on_submission' },
    });
    expect((await notesOf(kepsek)).map((note) => note.kind)).toEqual(['plan_auto_approved']);

    const binaan = await clientFor(app, pengawas.email);
    const seen = (await binaan.get('/api/pengawas/plans')).json<PengawasPlanListResponse>();
    expect(seen.plans).toEqual([
      expect.objectContaining({
        planId: id,
        status: 'approved',
        abilities: { canView: true, canApprove: false, canReturn: false },
      }),
    ]);
    expect(planOf(await binaan.get(`/api/plans/${id}`)).abilities).toMatchObject({
      canApprove: false,
      canEdit: false,
    });
  });

  it('2025: the Dinas assessor lists and approves the principal plan', async () => {
    const { app, ctx, setNow } = t();
    setNow('2025-01-15T03:00:00.000Z');
    await fillTestIndicator(await clientFor(app, (await makeAdmin(ctx.db)).email), '2025');
    const { dinas, principal } = await makePlanningSchool(ctx.db, { periodId: '2025' });
    const assessor = await makeDinasOfficial(ctx.db, dinas.id);
    const kepsek = await clientFor(app, principal!.email);
    const mine = await kepsek.get('/api/plans/mine?kind=principal&periodId=2025');
    expect(mine.json<MyPlanResponse>().isTeamRequired).toBe(false);
    const id = await readyPlan(kepsek, '2025', 'principal');
    const submitted = planOf(await kepsek.post(`/api/plans/${id}/submit`));
    expect(submitted).toMatchObject({
      status: 'submitted',
      supervision: { mode: 'manual', basis: 'dinas_assessor', approver: { id: assessor.id } },
    });

    const pejabat = await clientFor(app, assessor.email);
    expect((await notesOf(pejabat)).map((note) => note.kind)).toEqual(['plan_submitted']);
    const list = (
      await pejabat.get(`/api/dinas/${dinas.id}/plans?periodId=2025&status=submitted`)
    ).json<DinasPlanListResponse>();
    expect(list).toMatchObject({ total: 1, counts: { submitted: 1 } });
    expect(list.plans[0]).toMatchObject({
      planId: id,
      employee: { id: principal!.id },
      abilities: { canApprove: true },
    });
    const approved = planOf(await pejabat.post(`/api/plans/${id}/approve`));
    expect(approved).toMatchObject({
      status: 'approved',
      approval: { approvedBy: { id: assessor.id } },
    });
    setNow('2026-01-12T03:00:00.000Z');
  });
});
