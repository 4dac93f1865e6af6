import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  grantRole,
  makePerson,
  makePrincipal,
  makeSchool,
  signIn,
  TEST_PASSWORD,
} from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';

const TEMPORARY = /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/;

describe('POST /api/people/:id/reset-password', () => {
  const t = useTestApp();

  async function schoolWithOperator() {
    const { ctx } = t();
    const school = await makeSchool(ctx.db);
    const teacher = await makePerson(ctx.db, { schoolId: school.id });
    const operator = await makePerson(ctx.db, {
      schoolId: school.id,
      jenisPtk: 'Tenaga Administrasi Sekolah',
    });
    await grantRole(ctx.db, {
      personId: operator.id,
      role: 'school_operator',
      schoolId: school.id,
    });
    return { school, teacher, operator };
  }

  const reset = (personId: string, headers?: Record<string, string>) =>
    t().app.inject({
      method: 'POST',
      url: `/api/people/${personId}/reset-password`,
      ...(headers ? { headers } : {}),
    });
  const codeOf = (response: { json: <T>() => T }) =>
    response.json<{ error: { code: string } }>().error.code;

  it('answers 401 without a session, 403 without the CSRF token and 400 naming a bad id', async () => {
    const { app } = t();
    const { teacher, operator } = await schoolWithOperator();
    expect((await reset(teacher.id)).statusCode).toBe(401);
    const headers = await signIn(app, operator.email!);
    const noCsrf = await reset(teacher.id, { cookie: headers.cookie });
    expect(noCsrf.statusCode).toBe(403);
    expect(codeOf(noCsrf)).toBe('CSRF_INVALID');
    const bad = await reset('orang-1', headers);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { fields: Array<{ field: string }> } }>().error.fields[0]?.field).toBe(
      'id',
    );
  });

  it('gives the operator a one-time password once, stores only its hash, audits and ends the sessions', async () => {
    const { app, ctx } = t();
    const { teacher, operator } = await schoolWithOperator();
    const teacherHeaders = await signIn(app, teacher.email!);
    const response = await reset(teacher.id, await signIn(app, operator.email!));
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { temporaryPassword } = response.json<{ temporaryPassword: string }>();
    expect(temporaryPassword).toMatch(TEMPORARY);
    const row = await ctx.db
      .selectFrom('people')
      .select(['passwordHash', 'mustChangePassword'])
      .where('id', '=', teacher.id)
      .executeTakeFirstOrThrow();
    expect(row.mustChangePassword).toBe(true);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toBe(teacher.passwordHash);
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('action', '=', 'person.reset_password')
      .where('entityId', '=', teacher.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(operator.id);
    expect(JSON.stringify(audit[0])).not.toContain(temporaryPassword);
    expect(
      (await app.inject({ method: 'GET', url: '/api/me', headers: teacherHeaders })).statusCode,
    ).toBe(401);
  });

  it('walks the whole reset: temporary sign-in, only the change allowed, then normal again', async () => {
    const { app } = t();
    const { teacher, operator } = await schoolWithOperator();
    const { temporaryPassword } = (
      await reset(teacher.id, await signIn(app, operator.email!))
    ).json<{ temporaryPassword: string }>();
    const oldPassword = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: teacher.email, password: TEST_PASSWORD },
    });
    expect(oldPassword.statusCode).toBe(401);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: teacher.email, password: temporaryPassword },
    });
    expect(login.json()).toMatchObject({ mustChangePassword: true });
    const headers = await signIn(app, teacher.email!, temporaryPassword);
    const blocked = await app.inject({
      method: 'POST',
      url: '/api/me/period',
      headers,
      payload: { periodId: '2025' },
    });
    expect(blocked.statusCode).toBe(403);
    expect(codeOf(blocked)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await app.inject({ method: 'GET', url: '/api/periods', headers })).statusCode).toBe(
      200,
    );
    expect((await app.inject({ method: 'GET', url: '/api/me', headers })).json()).toMatchObject({
      mustChangePassword: true,
    });
    const change = await app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      headers,
      payload: { currentPassword: temporaryPassword, newPassword: 'kata-sandi-baru-2026' },
    });
    expect(change.statusCode).toBe(200);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/me/period',
          headers,
          payload: { periodId: '2025' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers })).json()).toMatchObject({
      mustChangePassword: false,
    });
    await signIn(app, teacher.email!, 'kata-sandi-baru-2026');
  });

  it('lets an admin reset anyone, even a person on no staff', async () => {
    const { app, ctx } = t();
    const admin = await makePerson(ctx.db);
    await grantRole(ctx.db, { personId: admin.id, role: 'admin' });
    const loner = await makePerson(ctx.db);
    const response = await reset(loner.id, await signIn(app, admin.email!));
    expect(response.statusCode).toBe(200);
    expect((await reset(randomUUID(), await signIn(app, admin.email!))).statusCode).toBe(404);
  });

  it('answers 403 to a teacher and to a principal, whoever the target is', async () => {
    const { app, ctx } = t();
    const { school, teacher } = await schoolWithOperator();
    const colleague = await makePerson(ctx.db, { schoolId: school.id });
    const head = await makePerson(ctx.db, { schoolId: school.id, jenisPtk: 'Kepala Sekolah' });
    await makePrincipal(ctx.db, { schoolId: school.id, personId: head.id });
    for (const email of [colleague.email!, head.email!]) {
      const headers = await signIn(app, email);
      for (const target of [teacher.id, randomUUID()]) {
        const response = await reset(target, headers);
        expect(response.statusCode).toBe(403);
        expect(codeOf(response)).toBe('FORBIDDEN');
      }
    }
  });

  it("answers 404 to an operator for another school's teacher and for nobody, and changes nothing", async () => {
    const { app, ctx } = t();
    const { teacher } = await schoolWithOperator();
    const other = await schoolWithOperator();
    const headers = await signIn(app, other.operator.email!);
    const response = await reset(teacher.id, headers);
    expect(response.statusCode).toBe(404);
    expect((await reset(randomUUID(), headers)).statusCode).toBe(404);
    const row = await ctx.db
      .selectFrom('people')
      .select(['passwordHash', 'mustChangePassword'])
      .where('id', '=', teacher.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ passwordHash: teacher.passwordHash, mustChangePassword: false });
  });

  it("refuses an operator the admin's password (403) and their own (400)", async () => {
    const { app, ctx } = t();
    const { school, operator } = await schoolWithOperator();
    const admin = await makePerson(ctx.db, { schoolId: school.id });
    await grantRole(ctx.db, { personId: admin.id, role: 'admin' });
    const headers = await signIn(app, operator.email!);
    const adminReset = await reset(admin.id, headers);
    expect(adminReset.statusCode).toBe(403);
    expect(adminReset.json()).toMatchObject({
      error: { message: 'Kata sandi Admin hanya dapat diatur ulang oleh Admin.' },
    });
    const own = await reset(operator.id, headers);
    expect(own.statusCode).toBe(400);
    expect(own.json<{ error: { fields: Array<{ field: string }> } }>().error.fields[0]?.field).toBe(
      'id',
    );
  });
});
