import { describe, expect, it } from 'vitest';
import { makePerson, makeSchool, signIn, TEST_PASSWORD } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';

describe('POST /api/auth/login', () => {
  const t = useTestApp();

  it('signs in with the right password and sets an httpOnly SameSite session cookie', async () => {
    const { app, ctx } = t();
    const school = await makeSchool(ctx.db);
    const person = await makePerson(ctx.db, { schoolId: school.id });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: person.email, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'kinerja_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(response.json()).toMatchObject({
      mustChangePassword: false,
      csrfToken: expect.any(String),
    });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entityId', '=', person.id)
      .where('action', '=', 'auth.sign_in')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('accepts the email in any letter case', async () => {
    const { app, ctx } = t();
    const person = await makePerson(ctx.db);
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: person.email!.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
  });

  it('answers 401 with the same message for a wrong password and for an unknown email', async () => {
    const { app, ctx } = t();
    const person = await makePerson(ctx.db);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: person.email, password: 'salah-sekali' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'tidak.ada@guru.sd.belajar.id', password: 'salah-sekali' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<{ error: { message: string } }>().error.message).toBe(
      unknown.json<{ error: { message: string } }>().error.message,
    );
    expect(wrong.cookies).toHaveLength(0);
  });

  it('answers 400 naming the field for a malformed email or a missing password', async () => {
    const { app } = t();
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'bukan-email' },
    });
    expect(response.statusCode).toBe(400);
    const fields = response
      .json<{ error: { fields: Array<{ field: string }> } }>()
      .error.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('answers 400 for a body that is not JSON', async () => {
    const { app } = t();
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(response.statusCode).toBe(400);
  });

  // Throttling (per account and client, growing delays) is tested in login-throttle.test.ts.
});

describe('POST /api/auth/logout', () => {
  const t = useTestApp();

  it('ends the session so the cookie no longer works', async () => {
    const { app, ctx } = t();
    const person = await makePerson(ctx.db);
    const headers = await signIn(app, person.email!);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(out.statusCode).toBe(200);
    const me = await app.inject({ method: 'GET', url: '/api/me', headers });
    expect(me.statusCode).toBe(401);
  });

  it('answers 401 without a session and 403 without the CSRF token', async () => {
    const { app, ctx } = t();
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(401);
    const person = await makePerson(ctx.db);
    const { cookie } = await signIn(app, person.email!);
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
  });
});
