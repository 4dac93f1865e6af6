import { describe, expect, it } from 'vitest';
import { makePerson } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { clientFor, codeOf, makePlanningSchool, planOf } from './plan-test-support.js';

describe('data diri: "Data sudah sesuai" or the one local edit (domain.md §3.2)', () => {
  const t = useTestApp({ now: '2024-01-10T03:00:00.000Z' });

  async function teacherPlan(status: 'pns' | 'pppk' | 'non_asn') {
    const { app, ctx } = t();
    const { school } = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    const person = await makePerson(ctx.db, { schoolId: school.id, employmentStatus: status });
    const guru = await clientFor(app, person.email);
    const plan = planOf(await guru.post('/api/plans', { periodId: '2024-S1' }), 201);
    return { person, guru, plan, db: ctx.db };
  }

  it('a PNS edits golongan, ruang and jenjang once; the roster (people) stays untouched', async () => {
    const { person, guru, plan, db } = await teacherPlan('pns');
    expect(plan.personalData).toMatchObject({
      isConfirmed: false,
      editableFields: ['golongan', 'ruang', 'careerLevel'],
      effective: {
        golonganRuang: 'III/a',
        pangkat: 'Penata Muda',
        careerLevelLabel: 'Ahli Pertama',
      },
      roster: { golonganRuang: 'III/a' },
    });
    expect(plan.abilities).toMatchObject({
      canEditPersonalData: true,
      canConfirmPersonalData: true,
    });
    const edited = planOf(
      await guru.put(`/api/plans/${plan.id}/personal-data`, { golongan: 'III', ruang: 'b' }),
    );
    expect(edited.personalData).toMatchObject({
      isEdited: true,
      isConfirmed: true,
      editableFields: [],
      effective: { golonganRuang: 'III/b', pangkat: 'Penata Muda Tingkat I' },
    });
    expect(edited.abilities.canEditPersonalData).toBe(false);
    const roster = await db
      .selectFrom('people')
      .select(['golonganRuang', 'version'])
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(roster).toEqual({ golonganRuang: 'III/a', version: 1 });
    const again = await guru.put(`/api/plans/${plan.id}/personal-data`, {
      careerLevel: 'ahli_muda',
    });
    expect(again.statusCode).toBe(409);
    expect(codeOf(again)).toBe('PERSONAL_DATA_ALREADY_EDITED');
  });

  it('a PPPK may change only the jenjang; a non-ASN nothing; other fields are refused', async () => {
    const pppk = await teacherPlan('pppk');
    expect(pppk.plan.personalData.editableFields).toEqual(['careerLevel']);
    const golongan = await pppk.guru.put(`/api/plans/${pppk.plan.id}/personal-data`, {
      golongan: 'III',
    });
    expect(golongan.statusCode).toBe(400);
    expect(codeOf(golongan)).toBe('PERSONAL_DATA_FIELD_NOT_EDITABLE');
    expect(
      planOf(
        await pppk.guru.put(`/api/plans/${pppk.plan.id}/personal-data`, {
          careerLevel: 'ahli_muda',
        }),
      ).personalData.effective.careerLevel,
    ).toBe('ahli_muda');

    const nonAsn = await teacherPlan('non_asn');
    expect(nonAsn.plan.abilities.canEditPersonalData).toBe(false);
    const refused = await nonAsn.guru.put(`/api/plans/${nonAsn.plan.id}/personal-data`, {
      careerLevel: 'ahli_muda',
    });
    expect(refused.statusCode).toBe(403);
    expect(codeOf(refused)).toBe('PERSONAL_DATA_NOT_EDITABLE');
    const name = await nonAsn.guru.put(`/api/plans/${nonAsn.plan.id}/personal-data`, {
      nama: 'Nama Baru',
    });
    expect(name.statusCode).toBe(400);
    const bad = await nonAsn.guru.put(`/api/plans/${nonAsn.plan.id}/personal-data`, { ruang: 'z' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { fields: Array<{ field: string }> } }>().error.fields[0]!.field).toBe(
      'ruang',
    );
    expect(
      planOf(await nonAsn.guru.post(`/api/plans/${nonAsn.plan.id}/personal-data/confirm`))
        .personalData.isConfirmed,
    ).toBe(true);
  });

  it('only the owner confirms, and not after submission', async () => {
    const { app, ctx } = t();
    const { guru, plan } = await teacherPlan('pns');
    const { teacher } = await makePlanningSchool(ctx.db, { periodId: '2024-S1' });
    const stranger = await clientFor(app, teacher.email);
    expect((await stranger.post(`/api/plans/${plan.id}/personal-data/confirm`)).statusCode).toBe(
      404,
    );
    expect(
      (await app.inject({ method: 'POST', url: `/api/plans/${plan.id}/personal-data/confirm` }))
        .statusCode,
    ).toBe(401);
    expect((await guru.post('/api/plans/not-a-uuid/personal-data/confirm')).statusCode).toBe(400);
  });
});
