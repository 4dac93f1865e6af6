import { describe, expect, it } from 'vitest';
import {
  grantRole,
  makeDinas,
  makePerson,
  makePrincipal,
  makeRegion,
  makeSchool,
  signIn,
} from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';

type Me = {
  person: { name: string };
  schools: Array<{ name: string }>;
  roles: Array<{ role: string; label: string; schoolId: string | null }>;
  activeRole: string | null;
  activePeriod: { id: string; isCurrent: boolean; label: string };
  timeZone: string;
};

describe('GET /api/me', () => {
  const t = useTestApp();

  it('answers 401 without a session and with a forged cookie', async () => {
    const { app } = t();
    expect((await app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    const forged = await app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: 'kinerja_session=palsu' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('shows a teacher their name, school, role and the current period', async () => {
    const { app, ctx } = t();
    const school = await makeSchool(ctx.db, { name: 'SMA Negeri 9 Uji' });
    const teacher = await makePerson(ctx.db, { schoolId: school.id, name: 'Ani Guru' });
    const headers = await signIn(app, teacher.email!);
    const me = (await app.inject({ method: 'GET', url: '/api/me', headers })).json<Me>();
    expect(me.person.name).toBe('Ani Guru');
    expect(me.schools.map((s) => s.name)).toEqual(['SMA Negeri 9 Uji']);
    expect(me.roles).toEqual([
      expect.objectContaining({
        role: 'teacher',
        label: 'Guru sebagai Pegawai',
        schoolId: school.id,
      }),
    ]);
    expect(me.activeRole).toBe('teacher');
    expect(me.activePeriod).toMatchObject({ id: '2026', isCurrent: true });
  });

  it('names the legal time of the school province: WITA in Sulawesi Selatan, WIB in Jawa Barat', async () => {
    const { app, ctx } = t();
    const jabar = await makeSchool(ctx.db);
    const makassar = await makeSchool(ctx.db);
    await makeRegion(ctx.db, { province: '73', regency: '7371' });
    await ctx.db
      .updateTable('schools')
      .set({ provinceCode: '73', regencyCode: '7371' })
      .where('id', '=', makassar.id)
      .execute();
    const zoneOf = async (schoolId: string) => {
      const person = await makePerson(ctx.db, { schoolId });
      const headers = await signIn(app, person.email!);
      return (await app.inject({ method: 'GET', url: '/api/me', headers })).json<Me>().timeZone;
    };
    expect(await zoneOf(makassar.id)).toBe('WITA');
    expect(await zoneOf(jabar.id)).toBe('WIB');
  });

  it('gives no teacher role to school staff whose Jenis PTK is not a teaching one (domain.md §1.4)', async () => {
    const { app, ctx } = t();
    const school = await makeSchool(ctx.db);
    const staff = await makePerson(ctx.db, {
      schoolId: school.id,
      jenisPtk: 'Tenaga Administrasi Sekolah',
    });
    const headers = await signIn(app, staff.email!);
    const me = (await app.inject({ method: 'GET', url: '/api/me', headers })).json<Me>();
    expect(me.roles).toEqual([]);
    expect(me.activeRole).toBeNull();
  });

  it('gives a definitive principal both principal hats, an acting one only the atasan hat', async () => {
    const { app, ctx } = t();
    const school = await makeSchool(ctx.db);
    const principal = await makePerson(ctx.db, { schoolId: school.id, jenisPtk: 'Kepala Sekolah' });
    await makePrincipal(ctx.db, { schoolId: school.id, personId: principal.id });
    const other = await makeSchool(ctx.db);
    const acting = await makePerson(ctx.db, { schoolId: other.id });
    await makePrincipal(ctx.db, { schoolId: other.id, personId: acting.id, kind: 'acting' });
    const roles = async (email: string) =>
      (await app.inject({ method: 'GET', url: '/api/me', headers: await signIn(app, email) }))
        .json<Me>()
        .roles.map((r) => r.role)
        .sort();
    expect(await roles(principal.email!)).toEqual(['principal_employee', 'principal_supervisor']);
    expect(await roles(acting.email!)).toEqual(['principal_supervisor', 'teacher']);
    // The Plt is named as such (issue #11 finding 7); the definitive head is not.
    const labels = async (email: string) =>
      (await app.inject({ method: 'GET', url: '/api/me', headers: await signIn(app, email) }))
        .json<Me>()
        .roles.filter((r) => r.role === 'principal_supervisor')
        .map((r) => r.label);
    expect(await labels(acting.email!)).toEqual(['Plt. Kepala Sekolah sebagai Atasan']);
    expect(await labels(principal.email!)).toEqual(['Kepala Sekolah sebagai Atasan']);
  });

  it('lists Dinas, pengawas, operator and admin roles with their official labels in English too', async () => {
    const { app, ctx } = t();
    const dinas = await makeDinas(ctx.db);
    const school = await makeSchool(ctx.db, { dinasId: dinas.id });
    const person = await makePerson(ctx.db, { jenisPtk: 'Pengawas Sekolah' });
    await ctx.db
      .insertInto('dinasOfficials')
      .values({ personId: person.id, dinasId: dinas.id })
      .execute();
    await ctx.db
      .insertInto('pengawasSchools')
      .values({ personId: person.id, schoolId: school.id })
      .execute();
    await grantRole(ctx.db, { personId: person.id, role: 'school_operator', schoolId: school.id });
    await grantRole(ctx.db, { personId: person.id, role: 'admin' });
    const headers = await signIn(app, person.email!);
    const id = (await app.inject({ method: 'GET', url: '/api/me', headers })).json<Me>();
    expect(id.roles.map((r) => r.label).sort()).toEqual([
      'Admin',
      'Dinas',
      'Operator Sekolah',
      'Pengawas',
    ]);
    const en = (
      await app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { ...headers, 'accept-language': 'en' },
      })
    ).json<Me>();
    expect(en.roles.find((r) => r.role === 'school_operator')?.label).toBe('School Operator');
    expect(en.activePeriod.label).not.toBe(id.activePeriod.label);
    expect(id.activePeriod.label).toBe('Januari–Desember 2026');
  });
});

describe('POST /api/me/period and /api/me/role', () => {
  const t = useTestApp();

  it('switches the active period ("Ganti periode") and rejects an unknown one naming the field', async () => {
    const { app, ctx } = t();
    const person = await makePerson(ctx.db, { schoolId: (await makeSchool(ctx.db)).id });
    const headers = await signIn(app, person.email!);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/me/period',
      headers,
      payload: { periodId: '2024-S1' },
    });
    expect(ok.statusCode).toBe(200);
    const me = (await app.inject({ method: 'GET', url: '/api/me', headers })).json<Me>();
    expect(me.activePeriod).toMatchObject({ id: '2024-S1', isCurrent: false });
    const bad = await app.inject({
      method: 'POST',
      url: '/api/me/period',
      headers,
      payload: { periodId: '2030' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { fields: [{ field: 'periodId' }] } });
    const missing = await app.inject({
      method: 'POST',
      url: '/api/me/period',
      headers,
      payload: {},
    });
    expect(missing.statusCode).toBe(400);
    // 2027 exists (seeded) but opens on 29 December 2026: refused, naming the field and the date.
    const unopened = await app.inject({
      method: 'POST',
      url: '/api/me/period',
      headers,
      payload: { periodId: '2027' },
    });
    expect(unopened.statusCode).toBe(400);
    expect(unopened.json()).toMatchObject({
      error: {
        fields: [{ field: 'periodId', message: expect.stringContaining('29 Desember 2026') }],
      },
    });
    const after = (await app.inject({ method: 'GET', url: '/api/me', headers })).json<Me>();
    expect(after.activePeriod.id).toBe('2024-S1');
  });

  it('switches between the roles a person holds and refuses one they do not hold', async () => {
    const { app, ctx } = t();
    const school = await makeSchool(ctx.db);
    const principal = await makePerson(ctx.db, { schoolId: school.id, jenisPtk: 'Kepala Sekolah' });
    await makePrincipal(ctx.db, { schoolId: school.id, personId: principal.id });
    const headers = await signIn(app, principal.email!);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/me/role',
      headers,
      payload: { role: 'principal_employee' },
    });
    expect(ok.statusCode).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: '/api/me', headers })).json<Me>().activeRole,
    ).toBe('principal_employee');
    const refused = await app.inject({
      method: 'POST',
      url: '/api/me/role',
      headers,
      payload: { role: 'admin' },
    });
    expect(refused.statusCode).toBe(400);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/me/role',
      headers,
      payload: { role: 'raja' },
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('answers 401 without a session and 403 without the CSRF token, changing nothing', async () => {
    const { app, ctx } = t();
    expect(
      (await app.inject({ method: 'POST', url: '/api/me/period', payload: { periodId: '2025' } }))
        .statusCode,
    ).toBe(401);
    expect(
      (await app.inject({ method: 'POST', url: '/api/me/role', payload: { role: 'teacher' } }))
        .statusCode,
    ).toBe(401);
    const person = await makePerson(ctx.db, { schoolId: (await makeSchool(ctx.db)).id });
    const headers = await signIn(app, person.email!);
    const response = await app.inject({
      method: 'POST',
      url: '/api/me/period',
      headers: { cookie: headers.cookie },
      payload: { periodId: '2025' },
    });
    expect(response.statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: '/api/me', headers })).json<Me>().activePeriod.id,
    ).toBe('2026');
  });

  it('lists the four periods with 2026 current, and refuses the list without a session', async () => {
    const { app, ctx } = t();
    expect((await app.inject({ method: 'GET', url: '/api/periods' })).statusCode).toBe(401);
    const person = await makePerson(ctx.db);
    const headers = await signIn(app, person.email!);
    const { periods } = (await app.inject({ method: 'GET', url: '/api/periods', headers })).json<{
      periods: Array<{ id: string; isCurrent: boolean }>;
    }>();
    expect(periods.map((p) => p.id)).toEqual(['2024-S1', '2024-S2', '2025', '2026']);
    expect(periods.filter((p) => p.isCurrent).map((p) => p.id)).toEqual(['2026']);
  });
});
