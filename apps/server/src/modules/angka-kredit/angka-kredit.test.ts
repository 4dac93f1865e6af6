import type { AngkaKreditResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { grantRole, makePerson } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  approvedPlan,
  assessAndSet,
  prepareCatalogues,
  WINDOWS,
} from '../assessments/assessment-test-support.js';
import { client, clientFor, makePlanningSchool } from '../plans/plan-test-support.js';

describe('angka kredit from the predikat (domain.md §5.4)', () => {
  const t = useTestApp();

  it('converts each final predikat and sums it against the next promotion', async () => {
    const test = t();
    const { app, ctx, setNow } = test;
    setNow(WINDOWS['2024-S1'].planning);
    await prepareCatalogues(test, ['2025', '2026']);
    const { school, teachers, principal } = await makePlanningSchool(ctx.db, {
      periodId: '2024-S1',
      teachers: 2,
    });
    for (const periodId of ['2025', '2026']) {
      await ctx.db
        .insertInto('schoolPrincipals')
        .values({ schoolId: school.id, personId: principal!.id, periodId, kind: 'definitive' })
        .execute();
    }
    const [madya, pppk] = teachers as [(typeof teachers)[0], (typeof teachers)[0]];
    // Guru Ahli Madya, IV/a (Pembina): koefisien 37,5 — the example of §5.4.
    await ctx.db
      .updateTable('people')
      .set({ golonganRuang: 'IV/a', jenjangJabatan: 'ahli_madya' })
      .where('id', '=', madya.id)
      .execute();
    await ctx.db
      .updateTable('people')
      .set({
        employmentStatus: 'pppk',
        nip: null,
        golonganRuang: null,
        jenjangJabatan: 'ahli_muda',
      })
      .where('id', '=', pppk.id)
      .execute();

    const steps = [
      ['2024-S1', 'below_expectations', 'meets_expectations'], // Butuh Perbaikan, 6 months
      ['2025', 'meets_expectations', 'meets_expectations'], // Baik, 12 months
      ['2026', 'above_expectations', 'above_expectations'], // Sangat Baik, 12 months
    ] as const;
    for (const [periodId, result, behaviour] of steps) {
      setNow(WINDOWS[periodId].planning);
      const planId = await approvedPlan(test, {
        periodId,
        employee: await clientFor(app, madya.email),
        approver: await clientFor(app, principal!.email),
      });
      setNow(WINDOWS[periodId].assessment);
      await assessAndSet(await clientFor(app, principal!.email), planId, { result, behaviour });
    }
    setNow(WINDOWS['2026'].planning);
    const pppkPlan = await approvedPlan(test, {
      periodId: '2026',
      employee: await clientFor(app, pppk.email),
      approver: await clientFor(app, principal!.email),
    });
    setNow(WINDOWS['2026'].assessment);
    await assessAndSet(await clientFor(app, principal!.email), pppkPlan, {
      result: 'meets_expectations',
      behaviour: 'meets_expectations',
    });

    const guru = await clientFor(app, madya.email);
    const mine = (await guru.get('/api/angka-kredit/mine')).json<AngkaKreditResponse>();
    expect(
      mine.entries.map((entry) => [
        entry.periodId,
        entry.predikat.label,
        entry.percentage,
        entry.coefficient,
        entry.months,
        entry.angkaKredit,
      ]),
    ).toEqual([
      // 75% × 37,5 × 6/12 = 14,0625 (printed to three decimals)
      ['2024-S1', 'Butuh Perbaikan', 75, 37.5, 6, 14.063],
      // 100% × 37,5 = 37,5 — "Guru Madya, Baik → 37,5" [C] PAK-KONV
      ['2025', 'Baik', 100, 37.5, 12, 37.5],
      // 150% × 37,5 = 56,25 — the "max via SKP" of Ahli Madya
      ['2026', 'Sangat Baik', 150, 37.5, 12, 56.25],
    ]);
    expect(mine).toMatchObject({
      careerLevel: { code: 'ahli_madya', label: 'Ahli Madya' },
      golonganRuang: 'IV/a',
      pangkat: 'Pembina',
      total: 107.813,
      withinCareerLevel: 107.813,
      // IV/a → IV/b needs 150 within the jenjang; at Baik (37,5 a year) 42,187 is two more years.
      promotion: {
        next: 'IV/b',
        threshold: 150,
        remaining: 42.187,
        isEligible: false,
        isCareerLevelPromotion: false,
        yearsAtBaik: 2,
      },
    });

    // The principal of the school reads it; PPPK have no golongan, hence no promotion threshold.
    const kepsek = await clientFor(app, principal!.email);
    const seen = await kepsek.get(`/api/people/${madya.id}/angka-kredit`);
    expect(seen.json<AngkaKreditResponse>().total).toBe(107.813);
    const ofPppk = (
      await kepsek.get(`/api/people/${pppk.id}/angka-kredit`)
    ).json<AngkaKreditResponse>();
    expect(ofPppk).toMatchObject({
      careerLevel: { code: 'ahli_muda' },
      golonganRuang: null,
      total: 25,
      promotion: null,
    });
    expect(ofPppk.entries[0]).toMatchObject({ percentage: 100, coefficient: 25, angkaKredit: 25 });

    // Another teacher: 404; an operator: 403; nobody: 401; a bad id: 400.
    expect(
      (await clientFor(app, pppk.email)).get(`/api/people/${madya.id}/angka-kredit`),
    ).toBeDefined();
    const colleague = await clientFor(app, pppk.email);
    expect((await colleague.get(`/api/people/${madya.id}/angka-kredit`)).statusCode).toBe(404);
    const op = await makePerson(ctx.db, { jenisPtk: 'Operator' });
    await grantRole(ctx.db, { personId: op.id, role: 'school_operator', schoolId: school.id });
    const operator = await clientFor(app, op.email);
    expect((await operator.get(`/api/people/${madya.id}/angka-kredit`)).statusCode).toBe(403);
    const anonymous = client(app, {});
    expect((await anonymous.get('/api/angka-kredit/mine')).statusCode).toBe(401);
    expect((await anonymous.get(`/api/people/${madya.id}/angka-kredit`)).statusCode).toBe(401);
    expect((await kepsek.get('/api/people/nope/angka-kredit')).statusCode).toBe(400);
    expect(
      (await kepsek.get(`/api/people/${madya.id}/angka-kredit?periodId=1999`)).statusCode,
    ).toBe(400);
  });
});
