import type { DinasPlanListResponse } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.js';
import { makeDinas, makePerson, makePrincipal, makeSchool } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { clientFor, makeDinasOfficial } from './plan-test-support.js';

/** A Dinas with five schools "Sekolah 1".."Sekolah 5": 1 without a principal, 2 with a draft, 4–5 submitted. */
async function dinasWithFiveSchools(db: Db) {
  // The schools are SMA (makeSchool's default): the provincial Dinas governs them — domain.md §1.1.
  const dinas = await makeDinas(db, { level: 'provinsi' });
  const schools = [];
  for (let n = 1; n <= 5; n++) {
    const school = await makeSchool(db, { dinasId: dinas.id, name: `Sekolah ${n}` });
    schools.push(school);
    if (n === 1) continue;
    const head = await makePerson(db, { schoolId: school.id, jenisPtk: 'Kepala Sekolah' });
    await makePrincipal(db, { schoolId: school.id, personId: head.id, periodId: '2025' });
    if (n === 3) continue;
    await db
      .insertInto('plans')
      .values({
        periodId: '2025',
        employeeId: head.id,
        employeeKind: 'principal',
        schoolId: school.id,
        provinceCode: school.provinceCode,
        regencyCode: school.regencyCode,
        status: n === 2 ? 'draft' : 'submitted',
        draft: '{}',
      })
      .execute();
  }
  return { dinas, schools };
}

describe('the Dinas list of principals’ plans (GET /api/dinas/:id/plans)', () => {
  const t = useTestApp({ now: '2025-01-15T03:00:00.000Z' });

  it('counts every status and pages and filters in the database', async () => {
    const { app, ctx } = t();
    const { dinas, schools } = await dinasWithFiveSchools(ctx.db);
    const official = await clientFor(app, (await makeDinasOfficial(ctx.db, dinas.id)).email);
    const list = async (query: string) => {
      const response = await official.get(`/api/dinas/${dinas.id}/plans?periodId=2025&${query}`);
      expect(response.statusCode).toBe(200);
      return response.json<DinasPlanListResponse>();
    };
    const schoolIds = (page: DinasPlanListResponse) => page.plans.map((row) => row.school.id);

    const first = await list('limit=2&offset=0');
    expect(first.counts).toEqual({
      not_started: 2,
      draft: 1,
      submitted: 2,
      returned: 0,
      approved: 0,
    });
    expect(first.total).toBe(5);
    expect(schoolIds(first)).toEqual([schools[0]!.id, schools[1]!.id]);
    expect(schoolIds(await list('limit=2&offset=4'))).toEqual([schools[4]!.id]);

    const submitted = await list('status=submitted&limit=1&offset=1');
    expect(submitted.total).toBe(2);
    expect(schoolIds(submitted)).toEqual([schools[4]!.id]);
    const notStarted = await list('status=not_started');
    expect(notStarted.total).toBe(2);
    expect(schoolIds(notStarted)).toEqual([schools[0]!.id, schools[2]!.id]);
    expect(notStarted.counts).toEqual(first.counts);
  });
});
