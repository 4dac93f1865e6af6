import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/test-app.js';
import {
  client,
  clientFor,
  codeOf,
  makeAdmin,
  makeDinasOfficial,
  type Client,
} from '../plans/plan-test-support.js';
import { makeDashboardRegion } from './dashboard-test-support.js';

type Region = Awaited<ReturnType<typeof makeDashboardRegion>>;

/** The status of each answer, for one assertion per caller. */
const statuses = async (calls: Array<Promise<{ statusCode: number }>>) =>
  (await Promise.all(calls)).map((response) => response.statusCode);

describe('who may open the dashboards (architecture.md §5)', () => {
  const t = useTestApp();
  let region: Region;
  let admin: Client;
  let headA1: Client;
  let teacher: Client;
  let dinasA: Client;
  let dinasC: Client;
  let dinasProvince: Client;
  let anonymous: Client;
  let urls: {
    schoolA1: string;
    schoolB1: string;
    dinasA: string;
    province32: string;
    nation: string;
  };

  beforeAll(async () => {
    const { app, ctx } = t();
    region = await makeDashboardRegion(ctx.db);
    admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    headA1 = await clientFor(app, region.heads['SMP A Satu']!.email);
    teacher = await clientFor(app, region.teachers.final.email);
    dinasA = await clientFor(app, (await makeDinasOfficial(ctx.db, region.dinasA.id)).email);
    dinasC = await clientFor(app, (await makeDinasOfficial(ctx.db, region.dinasC.id)).email);
    dinasProvince = await clientFor(
      app,
      (await makeDinasOfficial(ctx.db, region.dinasProvince.id)).email,
    );
    anonymous = client(app, {});
    urls = {
      schoolA1: `/api/schools/${region.schools.a1.id}/dashboard`,
      schoolB1: `/api/schools/${region.schools.b1.id}/dashboard`,
      dinasA: `/api/dinas/${region.dinasA.id}/dashboard`,
      province32: '/api/dashboards/provinces/32',
      nation: '/api/dashboards/provinces',
    };
  });

  const all = (who: Client, xlsx = false) => {
    const x = xlsx ? '.xlsx' : '';
    return statuses([
      who.get(urls.schoolA1),
      who.get(urls.schoolB1),
      who.get(`${urls.dinasA}${x}`),
      who.get(`${urls.province32}${x}`),
      who.get(`${urls.nation}${x}`),
    ]);
  };

  it('answers 401 without a session', async () => {
    expect(await all(anonymous)).toEqual([401, 401, 401, 401, 401]);
    expect(await all(anonymous, true)).toEqual([401, 401, 401, 401, 401]);
  });

  it('lets an administrator open everything', async () => {
    expect(await all(admin)).toEqual([200, 200, 200, 200, 200]);
    expect(await all(admin, true)).toEqual([200, 200, 200, 200, 200]);
  });

  it('gives a principal their own school only: 404 elsewhere, 403 for the nation', async () => {
    // A principal holds distribution.view (for the school they lead), so other areas are "not
    // found" for them, as requireDinasAccess answers; the nation is for administrators only.
    expect(await all(headA1)).toEqual([200, 404, 404, 404, 403]);
    expect(codeOf(await headA1.get(urls.schoolB1))).toBe('NOT_FOUND');
  });

  it('refuses a teacher with 403 everywhere', async () => {
    expect(await all(teacher)).toEqual([403, 403, 403, 403, 403]);
    expect(await all(teacher, true)).toEqual([403, 403, 403, 403, 403]);
  });

  it("gives a kabupaten Dinas its region's schools, not the province nor the nation", async () => {
    expect(await all(dinasA)).toEqual([200, 404, 200, 404, 403]);
    expect(await all(dinasA, true)).toEqual([200, 404, 200, 404, 403]);
  });

  it('answers 404 to a Dinas of another region', async () => {
    expect(await all(dinasC)).toEqual([404, 404, 404, 404, 403]);
    expect(codeOf(await dinasC.get(urls.province32))).toBe('NOT_FOUND');
    // A kabupaten Dinas does not cover its whole province either.
    expect((await dinasC.get('/api/dashboards/provinces/33')).statusCode).toBe(404);
  });

  // The schools here are SMP, governed by the kabupaten/kota Dinas (UU 23/2014) — domain.md §1.1.
  it("gives a provincial Dinas its province, not the kabupaten's SMP schools nor their Dinas", async () => {
    expect(await all(dinasProvince)).toEqual([404, 404, 404, 200, 403]);
    expect((await dinasProvince.get('/api/dashboards/provinces/33')).statusCode).toBe(404);
  });

  it('answers 404 for an unknown province and 400 naming the code for a malformed one', async () => {
    const unknown = await admin.get('/api/dashboards/provinces/99');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ error: { message: string } }>().error.message).toBe(
      'Provinsi tidak ditemukan.',
    );
    for (const url of ['/api/dashboards/provinces/3x', '/api/dashboards/provinces/3x.xlsx']) {
      const bad = await admin.get(url);
      expect(bad.statusCode).toBe(400);
      const body = JSON.parse(bad.body) as { error: { fields: Array<{ field: string }> } };
      expect(body.error.fields.map((field) => field.field)).toEqual(['code']);
    }
    const badId = await admin.get('/api/dinas/nope/dashboard');
    expect(badId.statusCode).toBe(400);
    const unknownDinas = await admin.get(
      '/api/dinas/00000000-0000-4000-8000-000000000000/dashboard',
    );
    expect(unknownDinas.statusCode).toBe(404);
  });
});
