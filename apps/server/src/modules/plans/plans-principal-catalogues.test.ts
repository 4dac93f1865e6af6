import type {
  Plan,
  PlanOptionsResponse,
  PracticeCycle,
  PracticeOptionsResponse,
} from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { makePerson } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  bodyOf,
  errorOf,
  insertApprovedPlan,
  PDF_BYTES,
  signedIn,
} from '../execution-documents/execution-test-support.js';
import {
  clientFor,
  fillTestIndicator,
  makeAdmin,
  makeDinasOfficial,
  makePlanningSchool,
  planOf,
  validContent,
  type Client,
} from './plan-test-support.js';

const problemsOf = (plan: Plan) => plan.tabs.flatMap((tab) => tab.problems);

async function startPlan(client: Client, periodId: string, kind: 'teacher' | 'principal') {
  const started = planOf(await client.post('/api/plans', { periodId, kind }), 201);
  let { version } = planOf(await client.post(`/api/plans/${started.id}/personal-data/confirm`));
  if (kind === 'principal' && periodId === '2026') {
    version = planOf(await client.post(`/api/plans/${started.id}/confirm-team`)).version;
  }
  return { id: started.id, version };
}

describe("the principal's own plan uses the principal's catalogues (domain.md §3.8, §4.2, §4.4)", () => {
  const t = useTestApp({ now: '2026-01-12T03:00:00.000Z' });

  it('2026: principal tugas pokok, no tugas tambahan, D3 without the unnamed item 2', async () => {
    const { app, ctx } = t();
    const { principal, dinas } = await makePlanningSchool(ctx.db, { periodId: '2026' });
    await makeDinasOfficial(ctx.db, dinas.id);
    await fillTestIndicator(await clientFor(app, (await makeAdmin(ctx.db)).email), '2026');
    const ks = await clientFor(app, principal!.email);
    const plan = await startPlan(ks, '2026', 'principal');

    const options = (await ks.get(`/api/plans/${plan.id}/options`)).json<PlanOptionsResponse>();
    expect(options.mainDuties.duties.map((duty) => duty.name)).toEqual([
      'Melaksanakan tugas manajerial satuan pendidikan',
      'Mengembangkan kewirausahaan satuan pendidikan',
      'Melaksanakan supervisi kepada guru dan tenaga kependidikan',
    ]);
    expect(options.additionalDuties.duties).toEqual([]);

    const practice = (
      await ks.get(`/api/plans/${plan.id}/practice-options`)
    ).json<PracticeOptionsResponse>();
    const offered = [...practice.recommended, ...practice.others];
    expect(practice.raporIndicator).toBe('D3');
    expect(offered).toHaveLength(7);
    expect(offered.map((option) => option.code)).not.toContain('d3_indicator_2');
    expect(offered.every((option) => !option.isNameGap && option.name !== '')).toBe(true);

    // The teacher's duties, Wali Kelas and the unnamed item are refused, named by their labels.
    const content = {
      ...validContent('2026', { kind: 'principal' }),
      mainDuties: { dutyCodes: ['merencanakan_pembelajaran'], focusCode: null },
      practiceIndicatorCode: 'd3_indicator_2',
      additionalDuties: [{ code: 'wali_kelas', skReference: 'SK 1/2026' }],
    };
    const saved = planOf(await ks.put(`/api/plans/${plan.id}/draft`, { ...plan, content }));
    expect(saved.isValid).toBe(false);
    expect(problemsOf(saved).map((problem) => [problem.code, problem.message])).toEqual(
      expect.arrayContaining([
        ['MAIN_DUTY_UNKNOWN', expect.stringContaining('merencanakan_pembelajaran')],
        ['PRACTICE_INDICATOR_UNKNOWN', expect.any(String)],
        [
          'ADDITIONAL_DUTY_NOT_FOR_PRINCIPAL',
          'Kepala Sekolah tidak memilih tugas tambahan; hapus "Wali Kelas".',
        ],
      ]),
    );

    // The principal's own content is valid.
    const valid = planOf(
      await ks.put(`/api/plans/${plan.id}/draft`, {
        version: saved.version,
        content: validContent('2026', { kind: 'principal' }),
      }),
    );
    expect(valid.isValid).toBe(true);
    expect(valid.content.mainDuties.dutyCodes).toEqual([
      'melaksanakan_tugas_manajerial',
      'mengembangkan_kewirausahaan',
    ]);
  });

  it('2026: an SD teacher chooses from the SD tugas tambahan, each named by its label', async () => {
    const { app, ctx } = t();
    const { teacher } = await makePlanningSchool(ctx.db, { periodId: '2026', jenjang: 'SD' });
    await fillTestIndicator(await clientFor(app, (await makeAdmin(ctx.db)).email), '2026');
    const guru = await clientFor(app, teacher.email);
    const plan = await startPlan(guru, '2026', 'teacher');

    const options = (await guru.get(`/api/plans/${plan.id}/options`)).json<PlanOptionsResponse>();
    const names = options.additionalDuties.duties.map((duty) => duty.name);
    expect(names).toEqual(
      expect.arrayContaining(['Wali Kelas', 'Kepala Perpustakaan', 'Guru Piket']),
    );
    expect(names).not.toContain('Pembina OSIS');
    expect(names).not.toContain('Wakil Kepala Satuan Pendidikan');
    expect(options.mainDuties.duties[0]?.name).toBe('Merencanakan pembelajaran');

    const content = {
      ...validContent('2026'),
      additionalDuties: [{ code: 'wali_kelas', skReference: ' ' }],
    };
    const saved = planOf(await guru.put(`/api/plans/${plan.id}/draft`, { ...plan, content }));
    expect(problemsOf(saved).map((problem) => problem.message)).toEqual([
      'Isi nomor SK / Surat Tugas untuk tugas tambahan "Wali Kelas".',
    ]);
  });
});

describe("the principal's Siklus has no Modul Ajar (domain.md §2.3, §3.8)", () => {
  const t = useTestApp({ now: '2026-03-02T03:00:00.000Z' });

  it('offers no upload and refuses one without changing the cycle', async () => {
    const { app, ctx } = t();
    const { school, principal, dinas } = await makePlanningSchool(ctx.db, { periodId: '2026' });
    await makeDinasOfficial(ctx.db, dinas.id);
    const pengawas = await makePerson(ctx.db, { jenisPtk: 'Pengawas Sekolah' });
    await ctx.db
      .insertInto('pengawasSchools')
      .values({ personId: pengawas.id, schoolId: school.id })
      .execute();
    const planId = await insertApprovedPlan(ctx.db, {
      employeeId: principal!.id,
      schoolId: school.id,
      periodId: '2026',
      kind: 'principal',
    });
    const ks = await signedIn(app, principal!.email);
    const url = `/api/plans/${planId}/practice-cycle`;
    expect(bodyOf<PracticeCycle>(await ks.get(url)).abilities.canUploadModulAjar).toBe(false);
    const refused = await ks.put(`${url}/modul-ajar`, PDF_BYTES, {
      'content-type': 'application/pdf',
      'x-file-name': 'modul.pdf',
    });
    expect(errorOf(refused)).toMatchObject({
      status: 409,
      code: 'PRACTICE_MODUL_AJAR_NOT_FOR_KIND',
    });
    const after = bodyOf<PracticeCycle>(await ks.get(url));
    expect(after.preparation.modulAjar).toBeNull();
    expect(after.version ?? 0).toBe(0);
  });
});
