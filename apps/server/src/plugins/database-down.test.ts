import { describe, expect, it } from 'vitest';
import { makePerson, signIn, TEST_PASSWORD } from '../test/factories.js';
import { useTestApp } from '../test/test-app.js';

describe('ordinary API routes with the database gone', () => {
  const t = useTestApp();

  it('answer 503 with Retry-After instead of 500 (issue 12 finding 7)', async () => {
    const { app, ctx } = t();
    const person = await makePerson(ctx.db);
    const headers = await signIn(app, person.email!);
    await ctx.database.close();

    const me = await app.inject({ method: 'GET', url: '/api/me', headers });
    expect(me.statusCode, me.body).toBe(503);
    expect(me.headers['retry-after']).toBe('10');
    expect(me.json()).toMatchObject({
      error: { code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/Coba lagi/) },
    });

    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: person.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode, login.body).toBe(503);
    expect(login.headers['retry-after']).toBe('10');
  });
});
