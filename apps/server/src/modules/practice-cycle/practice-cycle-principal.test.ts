import type { PengawasExecutionListResponse, PracticeCycle } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.js';
import { makePerson } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  bodyOf,
  errorOf,
  insertApprovedPlan,
  signedIn,
} from '../execution-documents/execution-test-support.js';
import { makeDinasOfficial, makePlanningSchool } from '../plans/plan-test-support.js';

async function makePengawas(db: Db, schoolIds: string[]) {
  const person = await makePerson(db, { jenisPtk: 'Pengawas Sekolah', name: 'Pengawas Uji' });
  for (const schoolId of schoolIds) {
    await db.insertInto('pengawasSchools').values({ personId: person.id, schoolId }).execute();
  }
  return person;
}

describe('2026: a principal’s cycle observed by the pengawas (domain.md §3.8)', () => {
  const t = useTestApp({ now: '2026-03-02T03:00:00.000Z' });

  it('runs A–E with written-out focus behaviours (the D3 catalogue has no targets yet)', async () => {
    const { app, ctx } = t();
    const a = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const b = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const assessor = await makeDinasOfficial(ctx.db, a.dinas.id);
    const pengawas = await makePengawas(ctx.db, [a.school.id]);
    const otherPengawas = await makePengawas(ctx.db, [b.school.id]);
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: a.principal!.id,
      schoolId: a.school.id,
      periodId: '2026',
      kind: 'principal',
    });
    const ks = await signedIn(app, a.principal!.email);
    const pw = await signedIn(app, pengawas.email);
    const dinas = await signedIn(app, assessor.email);
    const url = `/api/plans/${planId}/practice-cycle`;

    const start = bodyOf<PracticeCycle>(await ks.get(url));
    expect(start).toMatchObject({
      viewerRole: 'employee',
      observer: { role: 'pengawas', people: [{ id: pengawas.id, name: 'Pengawas Uji' }] },
      indicator: { code: 'presentasi_visi_misi', targets: [] },
    });
    expect(bodyOf<PracticeCycle>(await pw.get(url)).viewerRole).toBe('observer');
    expect(bodyOf<PracticeCycle>(await dinas.get(url)).viewerRole).toBe('viewer');
    // A pengawas of another school does not see it exists.
    const stranger = await signedIn(app, otherPengawas.email);
    expect(errorOf(await stranger.get(url)).status).toBe(404);

    const prep = {
      focusBehaviourCodes: [],
      customFocusBehaviours: [
        'Mengomunikasikan visi-misi kepada warga sekolah',
        'Menjelaskan prioritas',
      ],
      scheduledDate: '2026-03-16',
      scheduledTime: '09:00',
      specificBehaviour: 'Presentasi visi-misi di rapat guru',
      effortsToReachTarget: 'Menyusun bahan presentasi bersama tim',
    };
    expect(
      errorOf(
        await ks.put(`${url}/preparation`, { version: 0, ...prep, focusBehaviourCodes: ['x'] }),
      ),
    ).toMatchObject({ status: 422, code: 'PRACTICE_FOCUS_UNKNOWN' });
    let cycle = bodyOf<PracticeCycle>(await ks.put(`${url}/preparation`, { version: 0, ...prep }));
    cycle = bodyOf<PracticeCycle>(
      await pw.post(`${url}/preparation/finish`, { version: cycle.version }),
    );
    expect(cycle.observation.ratings.map((r) => [r.code, r.text, r.isFocus])).toEqual([
      ['fokus_1', 'Mengomunikasikan visi-misi kepada warga sekolah', true],
      ['fokus_2', 'Menjelaskan prioritas', true],
    ]);
    // The Dinas assessor reads but does not observe.
    expect(
      errorOf(await dinas.patch(`${url}/observation`, { version: cycle.version, ratings: {} }))
        .status,
    ).toBe(403);
    cycle = bodyOf<PracticeCycle>(
      await pw.patch(`${url}/observation`, {
        version: cycle.version,
        ratings: {
          fokus_1: { rating: 'done_effective', note: 'Jelas' },
          fokus_2: { rating: 'done_not_effective', note: 'Prioritas belum terukur' },
        },
      }),
    );
    cycle = bodyOf<PracticeCycle>(
      await pw.post(`${url}/observation/finish`, { version: cycle.version }),
    );
    cycle = bodyOf<PracticeCycle>(
      await pw.put(`${url}/follow-up`, {
        version: cycle.version,
        agreement: 'Tetapkan indikator prioritas',
      }),
    );
    cycle = bodyOf<PracticeCycle>(
      await pw.post(`${url}/follow-up/finish`, { version: cycle.version }),
    );
    cycle = bodyOf<PracticeCycle>(
      await ks.post(`${url}/follow-up/acknowledge`, { version: cycle.version }),
    );
    cycle = bodyOf<PracticeCycle>(
      await ks.put(`${url}/actions`, {
        version: cycle.version,
        actions: [{ date: '2026-03-02', description: 'Rapat penetapan indikator' }],
      }),
    );
    cycle = bodyOf<PracticeCycle>(
      await ks.post(`${url}/actions/finish`, { version: cycle.version }),
    );
    cycle = bodyOf<PracticeCycle>(
      await ks.put(`${url}/reflection`, { version: cycle.version, text: 'Lebih terarah' }),
    );
    cycle = bodyOf<PracticeCycle>(
      await ks.post(`${url}/reflection/submit`, { version: cycle.version }),
    );
    cycle = bodyOf<PracticeCycle>(
      await pw.put(`${url}/comment`, { version: cycle.version, comment: 'Baik' }),
    );
    cycle = bodyOf<PracticeCycle>(await pw.post(`${url}/finish`, { version: cycle.version }));
    expect(cycle.state).toBe('completed');
    expect(cycle.steps.map((step) => step.finishedBy?.id)).toEqual([
      pengawas.id,
      pengawas.id,
      pengawas.id,
      a.principal!.id,
      pengawas.id,
    ]);

    // The pengawas's list: the principals of the binaan schools only.
    const list = bodyOf<PengawasExecutionListResponse>(await pw.get('/api/pengawas/execution'));
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({
      employee: { id: a.principal!.id },
      school: { id: a.school.id },
      planId,
      planStatus: 'approved',
      practice: { state: 'completed', stateLabel: 'Selesai', isStarted: true },
      documents: {
        competencyReflection: { state: 'empty', stateLabel: 'Belum diisi' },
        mainDutiesChecklist: { state: 'empty', isAccountabilityConfirmed: false },
      },
    });
    const other = bodyOf<PengawasExecutionListResponse>(
      await stranger.get('/api/pengawas/execution'),
    );
    expect(other.rows.map((row) => row.school.id)).toEqual([b.school.id]);
    expect(other.rows[0]).toMatchObject({
      planId: null,
      planStatus: 'not_started',
      practice: null,
    });
    expect(errorOf(await ks.get('/api/pengawas/execution')).status).toBe(403);
  });

  it('without a pengawas nobody can observe: writes wait with a clear message', async () => {
    const { app, ctx } = t();
    const c = await makePlanningSchool(ctx.db, { periodId: '2026' });
    await makeDinasOfficial(ctx.db, c.dinas.id);
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: c.principal!.id,
      schoolId: c.school.id,
      periodId: '2026',
      kind: 'principal',
    });
    const ks = await signedIn(app, c.principal!.email);
    const url = `/api/plans/${planId}/practice-cycle`;
    const cycle = bodyOf<PracticeCycle>(await ks.get(url));
    expect(cycle.observer.people).toEqual([]);
    expect(cycle.observer.message).toContain('Pengawas (Tim Kinerja)');
    expect(cycle.abilities.canEditPreparation).toBe(false);
    const refused = errorOf(
      await ks.put(`${url}/preparation`, {
        version: 0,
        focusBehaviourCodes: [],
        scheduledDate: null,
        scheduledTime: null,
      }),
    );
    expect(refused).toMatchObject({ status: 409, code: 'PRACTICE_OBSERVER_NOT_FOUND' });
  });

  it('without a Dinas assessor the principal’s Pelaksanaan cannot start', async () => {
    const { app, ctx } = t();
    const d = await makePlanningSchool(ctx.db, { periodId: '2026' });
    await makePengawas(ctx.db, [d.school.id]);
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: d.principal!.id,
      schoolId: d.school.id,
      periodId: '2026',
      kind: 'principal',
    });
    const ks = await signedIn(app, d.principal!.email);
    const refused = errorOf(
      await ks.put(`/api/plans/${planId}/practice-cycle/preparation`, {
        version: 0,
        focusBehaviourCodes: [],
        scheduledDate: null,
        scheduledTime: null,
      }),
    );
    expect(refused).toMatchObject({ status: 409, code: 'SUPERVISOR_NOT_FOUND' });
  });
});
