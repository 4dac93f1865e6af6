import type { PersonLookupItem } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { grantRole, makePerson, makeRegion } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  makeAdmin,
  makeDinasOfficial,
  makePlanningSchool,
  type Client,
} from '../plans/plan-test-support.js';

// The people lookup within the caller's jurisdiction and purpose, rate-limited and audited — issue 12 finding 2.

type Found = { people: PersonLookupItem[] };

describe('people lookup: reach, rate limit and audit', () => {
  const t = useTestApp({ now: '2026-02-02T03:00:00.000Z' });

  async function world() {
    const { ctx } = t();
    const home = await makePlanningSchool(ctx.db, { periodId: '2026', jenjang: 'SMP' });
    const neighbour = await makePlanningSchool(ctx.db, { periodId: '2026', jenjang: 'SMP' });
    const operator = await makePerson(ctx.db, { schoolId: home.school.id, jenisPtk: 'Operator' });
    await grantRole(ctx.db, {
      personId: operator.id,
      role: 'school_operator',
      schoolId: home.school.id,
    });
    const pengawas = await makePerson(ctx.db, { jenisPtk: 'Pengawas Sekolah' });
    await ctx.db
      .insertInto('pengawasSchools')
      .values({ personId: pengawas.id, schoolId: home.school.id })
      .execute();
    const region = await makeRegion(ctx.db, { province: '33', regency: '3301' });
    const far = await ctx.db
      .insertInto('schools')
      .values({
        npsn: String(33_000_000 + Math.floor(Math.random() * 999_999)),
        name: 'SMP Jauh',
        jenjang: 'SMP',
        status: 'negeri',
        provinceCode: region.province,
        regencyCode: region.regency,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const farTeacher = await makePerson(ctx.db, { name: 'Guru Jauh' });
    await ctx.db
      .insertInto('schoolStaff')
      .values({ personId: farTeacher.id, schoolId: far.id, provinceCode: '33' })
      .execute();
    const admin = await makeAdmin(ctx.db);
    return { home, neighbour, operator, pengawas, farTeacher, admin };
  }

  const idsFound = async (client: Client, q: string) => {
    const response = await client.get(`/api/people/lookup?q=${encodeURIComponent(q)}`);
    expect(response.statusCode).toBe(200);
    return response.json<Found>().people.map((person) => person.id);
  };

  it("finds a foreign school's teacher exactly as an unknown number: not at all (no existence leak)", async () => {
    const { app } = t();
    const { home, neighbour, operator, pengawas, farTeacher, admin } = await world();
    const op = await clientFor(app, operator.email);
    const unknown = await op.get('/api/people/lookup?q=199001012020121999');
    const foreign = await op.get(`/api/people/lookup?q=${neighbour.teacher.nip}`);
    expect(foreign.statusCode).toBe(unknown.statusCode);
    expect(foreign.json()).toEqual(unknown.json());
    expect(foreign.json()).toEqual({ people: [] });
    expect(await idsFound(op, farTeacher.email!)).toEqual([]);
    expect(await idsFound(op, admin.email!)).toEqual([]);
    // Own staff, and the pengawas of the school (a principal's Tim Kinerja — domain.md §1.1).
    expect(await idsFound(op, home.teacher.nip!)).toEqual([home.teacher.id]);
    expect(await idsFound(op, pengawas.nuptk!)).toEqual([pengawas.id]);

    const { ctx } = t();
    const kabid = await clientFor(app, (await makeDinasOfficial(ctx.db, home.dinas.id)).email);
    expect(await idsFound(kabid, neighbour.teacher.nip!)).toEqual([neighbour.teacher.id]);
    expect(await idsFound(kabid, farTeacher.nuptk!)).toEqual([]);
    const adm = await clientFor(app, admin.email);
    expect(await idsFound(adm, farTeacher.nuptk!)).toEqual([farTeacher.id]);
    const principal = await clientFor(app, home.principal!.email);
    expect((await principal.get(`/api/people/lookup?q=${home.teacher.nip}`)).statusCode).toBe(403);
  });

  it('audits every lookup with who asked what', async () => {
    const { app, ctx } = t();
    const { neighbour, operator } = await world();
    const op = await clientFor(app, operator.email);
    await op.get(`/api/people/lookup?q=${neighbour.teacher.nip}`);
    const rows = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'person.lookup')
      .where('actorId', '=', operator.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: operator.id, entityType: 'person' });
    expect(rows[0]?.after).toEqual({ query: neighbour.teacher.nip, found: 0 });
  });

  it('allows 30 lookups per 10 minutes per person, then 429 with Retry-After', async () => {
    const { app, ctx, setNow } = t();
    const { home, operator, admin } = await world();
    const op = await clientFor(app, operator.email);
    for (let i = 0; i < 30; i++) {
      const response = await op.get(
        `/api/people/lookup?q=1990010120201210${String(i).padStart(2, '0')}`,
      );
      expect(response.statusCode).toBe(200);
    }
    const limited = await op.get(`/api/people/lookup?q=${home.teacher.nip}`);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({
      error: { code: 'RATE_LIMITED', message: expect.stringMatching(/^Terlalu banyak pencarian/) },
    });
    // Per caller: the admin is not held back by the operator's lookups.
    const adm = await clientFor(app, admin.email);
    expect(await idsFound(adm, home.teacher.nip!)).toEqual([home.teacher.id]);
    const audited = await ctx.db
      .selectFrom('auditLog')
      .select('id')
      .where('action', '=', 'person.lookup')
      .where('actorId', '=', operator.id)
      .execute();
    expect(audited).toHaveLength(30);
    setNow('2026-02-02T03:10:01.000Z');
    expect(await idsFound(op, home.teacher.nip!)).toEqual([home.teacher.id]);
  });
});
