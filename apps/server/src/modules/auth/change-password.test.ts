import { describe, expect, it } from 'vitest';
import { makePerson, signIn, TEST_PASSWORD } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';

type ErrorBody = { error: { code: string; message: string; fields?: Array<{ field: string }> } };

describe('POST /api/auth/change-password', () => {
  const t = useTestApp();
  const change = (headers: Record<string, string> | undefined, payload: Record<string, string>) =>
    t().app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      ...(headers ? { headers } : {}),
      payload,
    });
  const fieldsOf = (response: { json: <T>() => T }) =>
    response.json<ErrorBody>().error.fields?.map((f) => f.field);

  it('changes the password, keeps this session and ends the others', async () => {
    const { app, ctx } = t();
    const person = await makePerson(ctx.db);
    const other = await signIn(app, person.email!);
    const headers = await signIn(app, person.email!);
    const response = await change(headers, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'kata-sandi-baru-2026',
    });
    expect(response.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: other })).statusCode).toBe(
      401,
    );
    await signIn(app, person.email!, 'kata-sandi-baru-2026');
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select('actorId')
      .where('action', '=', 'auth.change_password')
      .where('entityId', '=', person.id)
      .execute();
    expect(audit).toEqual([{ actorId: person.id }]);
  });

  it('answers 400 naming currentPassword when it is wrong, and changes nothing', async () => {
    const { app, ctx } = t();
    const person = await makePerson(ctx.db);
    const headers = await signIn(app, person.email!);
    const response = await change(headers, {
      currentPassword: 'bukan-sandinya',
      newPassword: 'kata-sandi-baru-2026',
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toEqual(['currentPassword']);
    await signIn(app, person.email!);
  });

  it('answers 400 naming newPassword when it is too short or the same as the current one', async () => {
    const { app, ctx } = t();
    const person = await makePerson(ctx.db);
    const headers = await signIn(app, person.email!);
    const short = await change(headers, { currentPassword: TEST_PASSWORD, newPassword: 'pendek' });
    expect(short.statusCode).toBe(400);
    expect(fieldsOf(short)).toEqual(['newPassword']);
    expect(short.json<ErrorBody>().error.message).toMatch(/minimal 10 karakter/);
    const same = await change(headers, {
      currentPassword: TEST_PASSWORD,
      newPassword: TEST_PASSWORD,
    });
    expect(same.statusCode).toBe(400);
    expect(fieldsOf(same)).toEqual(['newPassword']);
    await signIn(app, person.email!);
  });

  it('answers 401 without a session and 403 without the CSRF token', async () => {
    const { app, ctx } = t();
    const payload = { currentPassword: TEST_PASSWORD, newPassword: 'kata-sandi-baru-2026' };
    expect((await change(undefined, payload)).statusCode).toBe(401);
    const person = await makePerson(ctx.db);
    const { cookie } = await signIn(app, person.email!);
    const response = await change({ cookie }, payload);
    expect(response.statusCode).toBe(403);
    expect(response.json<ErrorBody>().error.code).toBe('CSRF_INVALID');
    await signIn(app, person.email!);
  });
});
