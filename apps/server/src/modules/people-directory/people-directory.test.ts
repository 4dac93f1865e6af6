import type { PersonLookupItem, z } from '@kinerja/contract';
import { extensionOverviewResponseSchema } from '@kinerja/contract';
import { describe, expect, it } from 'vitest';
import { grantRole, makeDinas, makePerson, makeRegion } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import {
  clientFor,
  makeAdmin,
  makeDinasOfficial,
  makePlanningSchool,
} from '../plans/plan-test-support.js';

type Overview = z.infer<typeof extensionOverviewResponseSchema>;

describe('people lookup and the period extension overview (for Perpanjangan Tenggat, Tim Kinerja)', () => {
  const t = useTestApp({ now: '2026-02-02T03:00:00.000Z' });

  it('finds a person by exact NIP, NUPTK or email for operators, the Dinas and admins only', async () => {
    const { app, ctx } = t();
    // An SMP: its kabupaten/kota Dinas governs it (domain.md §1.1).
    const { school, teacher, dinas } = await makePlanningSchool(ctx.db, {
      periodId: '2026',
      jenjang: 'SMP',
    });
    const operator = await makePerson(ctx.db, { jenisPtk: 'Operator' });
    await grantRole(ctx.db, {
      personId: operator.id,
      role: 'school_operator',
      schoolId: school.id,
    });
    const clients = {
      operator: await clientFor(app, operator.email),
      dinas: await clientFor(app, (await makeDinasOfficial(ctx.db, dinas.id)).email),
      admin: await clientFor(app, (await makeAdmin(ctx.db)).email),
    };
    const expected = {
      id: teacher.id,
      name: teacher.name,
      school: { id: school.id, name: school.name, npsn: school.npsn },
    };
    // Only the operator of the teacher's school may reset the teacher's password.
    const canReset = { operator: true, dinas: false, admin: true };
    for (const [role, client] of Object.entries(clients)) {
      const byNip = await client.get(`/api/people/lookup?q=${teacher.nip}`);
      expect(byNip.statusCode).toBe(200);
      expect(byNip.json<{ people: PersonLookupItem[] }>().people).toEqual([
        {
          ...expected,
          jenisPtk: 'Guru Mapel',
          matchedBy: 'nip',
          abilities: { canResetPassword: canReset[role as keyof typeof canReset] },
        },
      ]);
    }
    const byNuptk = await clients.admin.get(`/api/people/lookup?q=${teacher.nuptk}`);
    expect(byNuptk.json<{ people: PersonLookupItem[] }>().people[0]?.matchedBy).toBe('nuptk');
    const email = encodeURIComponent(` ${teacher.email!.toUpperCase()} `);
    const byEmail = await clients.dinas.get(`/api/people/lookup?q=${email}`);
    expect(byEmail.json<{ people: PersonLookupItem[] }>().people).toMatchObject([
      { id: teacher.id, matchedBy: 'email' },
    ]);
    // Exact matches only: part of a NIP or a name finds nobody.
    const partial = await clients.admin.get(`/api/people/lookup?q=${teacher.nip!.slice(0, 10)}`);
    expect(partial.json<{ people: PersonLookupItem[] }>().people).toEqual([]);
    const short = await clients.admin.get('/api/people/lookup?q=123');
    expect(short.statusCode).toBe(400);
    expect(
      short.json<{ error: { fields: Array<{ field: string }> } }>().error.fields[0]?.field,
    ).toBe('q');

    const guru = await clientFor(app, teacher.email);
    expect((await guru.get(`/api/people/lookup?q=${teacher.nip}`)).statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: `/api/people/lookup?q=${teacher.nip}` })).statusCode,
    ).toBe(401);
  });

  it('lists the period extensions the caller could grant: all for an admin, the region for the Dinas', async () => {
    const { app, ctx } = t();
    const near = await makePlanningSchool(ctx.db, { periodId: '2026' });
    const farRegion = await makeRegion(ctx.db, { province: '33', regency: '3301' });
    const farDinas = await makeDinas(ctx.db, {
      provinceCode: '33',
      regencyCode: farRegion.regency,
    });
    const farTeacher = await makePerson(ctx.db, { name: 'Guru Jauh' });
    const farSchool = await ctx.db
      .insertInto('schools')
      .values({
        npsn: '33010001',
        name: 'Sekolah Jauh',
        jenjang: 'SMA',
        status: 'negeri',
        provinceCode: '33',
        regencyCode: farRegion.regency,
        dinasId: farDinas.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto('schoolStaff')
      .values({ personId: farTeacher.id, schoolId: farSchool.id, provinceCode: '33' })
      .execute();
    const admin = await clientFor(app, (await makeAdmin(ctx.db)).email);
    const request = {
      periodId: '2026',
      stage: 'planning',
      until: '2026-02-10',
      reason: 'Sakit, surat dokter terlampir',
    };
    for (const personId of [near.teacher.id, farTeacher.id]) {
      const granted = await admin.post('/api/deadline-extensions', { ...request, personId });
      expect(granted.statusCode).toBe(201);
    }
    const all = (
      await admin.get('/api/deadline-extensions/overview?periodId=2026')
    ).json<Overview>();
    expect(all.period.id).toBe('2026');
    expect(all.extensions.map((x) => x.person.name).sort()).toEqual(
      ['Guru Jauh', near.teacher.name].sort(),
    );
    expect(all.extensions.find((x) => x.personId === farTeacher.id)).toMatchObject({
      schoolName: 'Sekolah Jauh',
      until: '2026-02-10',
      reason: 'Sakit, surat dokter terlampir',
    });

    const dinas = await clientFor(app, (await makeDinasOfficial(ctx.db, near.dinas.id)).email);
    const mine = (await dinas.get('/api/deadline-extensions/overview')).json<Overview>();
    expect(mine.extensions.map((x) => x.personId)).toEqual([near.teacher.id]);
    expect(
      (await admin.get('/api/deadline-extensions/overview?periodId=2025')).json(),
    ).toMatchObject({ extensions: [] });
    expect((await admin.get('/api/deadline-extensions/overview?periodId=1999')).statusCode).toBe(
      400,
    );

    const guru = await clientFor(app, near.teacher.email);
    expect((await guru.get('/api/deadline-extensions/overview')).statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: '/api/deadline-extensions/overview' })).statusCode,
    ).toBe(401);
  });
});
