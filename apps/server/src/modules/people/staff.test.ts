import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { grantRole, makePerson, makePrincipal, makeSchool, signIn } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';

type Staff = {
  staff: Array<{
    id: string;
    name: string;
    nip: string | null;
    email: string | null;
    employmentStatus: string;
    jenisPtk: string | null;
    mustChangePassword: boolean;
    abilities: { canResetPassword: boolean };
  }>;
};

describe('GET /api/schools/:id/staff', () => {
  const t = useTestApp();

  /** A school with three teachers, its operator (also on the staff) and an admin on the staff. */
  async function schoolWithStaff() {
    const { ctx } = t();
    const school = await makeSchool(ctx.db);
    const budi = await makePerson(ctx.db, { schoolId: school.id, name: 'budi Santoso' });
    const ani = await makePerson(ctx.db, {
      schoolId: school.id,
      name: 'Ani Lestari',
      employmentStatus: 'pppk',
    });
    const citra = await makePerson(ctx.db, {
      schoolId: school.id,
      name: 'Citra Dewi',
      mustChangePassword: true,
    });
    const operator = await makePerson(ctx.db, {
      schoolId: school.id,
      name: 'Operator Sekolah',
      jenisPtk: 'Tenaga Administrasi Sekolah',
    });
    await grantRole(ctx.db, {
      personId: operator.id,
      role: 'school_operator',
      schoolId: school.id,
    });
    const admin = await makePerson(ctx.db, { schoolId: school.id, name: 'Zaki Admin' });
    await grantRole(ctx.db, { personId: admin.id, role: 'admin' });
    return { school, budi, ani, citra, operator, admin };
  }

  const list = async (schoolId: string, headers?: Record<string, string>) =>
    t().app.inject({
      method: 'GET',
      url: `/api/schools/${schoolId}/staff`,
      ...(headers ? { headers } : {}),
    });

  it('answers 401 without a session and 400 naming the id when it is not a UUID', async () => {
    const { app } = t();
    const { school, operator } = await schoolWithStaff();
    expect((await list(school.id)).statusCode).toBe(401);
    const headers = await signIn(app, operator.email!);
    const bad = await list('sekolah-1', headers);
    expect(bad.statusCode).toBe(400);
    expect(
      bad.json<{ error: { fields: Array<{ field: string }> } }>().error.fields.map((f) => f.field),
    ).toEqual(['id']);
  });

  it('shows the operator the staff sorted by name, and whose password they may reset', async () => {
    const { app } = t();
    const { school, budi, ani, citra, operator, admin } = await schoolWithStaff();
    const response = await list(school.id, await signIn(app, operator.email!));
    expect(response.statusCode).toBe(200);
    const { staff } = response.json<Staff>();
    expect(staff.map((s) => s.name)).toEqual([
      'Ani Lestari',
      'budi Santoso',
      'Citra Dewi',
      'Operator Sekolah',
      'Zaki Admin',
    ]);
    expect(staff[0]).toEqual({
      id: ani.id,
      name: 'Ani Lestari',
      nip: null,
      nuptk: ani.nuptk,
      email: ani.email,
      employmentStatus: 'pppk',
      jenisPtk: 'Guru Mapel',
      mustChangePassword: false,
      abilities: { canResetPassword: true },
    });
    const byId = new Map(staff.map((s) => [s.id, s]));
    expect(byId.get(budi.id)?.nip).toBe(budi.nip);
    expect(byId.get(citra.id)?.mustChangePassword).toBe(true);
    expect(byId.get(operator.id)?.abilities.canResetPassword).toBe(false);
    expect(byId.get(admin.id)?.abilities.canResetPassword).toBe(false);
  });

  it("shows the school's head in the active period the list, without resets", async () => {
    const { app, ctx } = t();
    const { school } = await schoolWithStaff();
    const head = await makePerson(ctx.db, { schoolId: school.id, jenisPtk: 'Kepala Sekolah' });
    await makePrincipal(ctx.db, { schoolId: school.id, personId: head.id, periodId: '2026' });
    const response = await list(school.id, await signIn(app, head.email!));
    expect(response.statusCode).toBe(200);
    expect(response.json<Staff>().staff.every((s) => !s.abilities.canResetPassword)).toBe(true);
  });

  it('lets a former head see the list only while their period is the active one', async () => {
    const { app, ctx } = t();
    const { school } = await schoolWithStaff();
    const head = await makePerson(ctx.db, { schoolId: school.id, jenisPtk: 'Kepala Sekolah' });
    await makePrincipal(ctx.db, { schoolId: school.id, personId: head.id, periodId: '2025' });
    const headers = await signIn(app, head.email!);
    expect((await list(school.id, headers)).statusCode).toBe(403);
    await app.inject({
      method: 'POST',
      url: '/api/me/period',
      headers,
      payload: { periodId: '2025' },
    });
    expect((await list(school.id, headers)).statusCode).toBe(200);
  });

  it('shows an admin any school, and 404 for a school that does not exist', async () => {
    const { app } = t();
    const { school, admin } = await schoolWithStaff();
    const headers = await signIn(app, admin.email!);
    const response = await list(school.id, headers);
    expect(response.statusCode).toBe(200);
    expect(response.json<Staff>().staff.filter((s) => s.abilities.canResetPassword)).toHaveLength(
      4,
    );
    expect((await list(randomUUID(), headers)).statusCode).toBe(404);
  });

  it('answers 403 to a teacher of the school', async () => {
    const { app } = t();
    const { school, budi } = await schoolWithStaff();
    const response = await list(school.id, await signIn(app, budi.email!));
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it("answers 404 to another school's operator and head, as for a school that does not exist", async () => {
    const { app, ctx } = t();
    const { school } = await schoolWithStaff();
    const other = await schoolWithStaff();
    const otherHead = await makePerson(ctx.db, {
      schoolId: other.school.id,
      jenisPtk: 'Kepala Sekolah',
    });
    await makePrincipal(ctx.db, { schoolId: other.school.id, personId: otherHead.id });
    for (const email of [other.operator.email!, otherHead.email!]) {
      const headers = await signIn(app, email);
      const response = await list(school.id, headers);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect((await list(randomUUID(), headers)).statusCode).toBe(404);
    }
  });
});
