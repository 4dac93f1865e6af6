import { describe, expect, it } from 'vitest';
import { makePerson, TEST_PASSWORD } from '../../test/factories.js';
import { useTestApp, type TestApp } from '../../test/test-app.js';

type ErrorBody = { error: { code: string; message: string } };

const T0 = '2026-03-02T03:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

async function login(t: TestApp, email: string, password: string, ip: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress: ip,
  });
}

/** Issue 12 finding 6: throttling slows an attacker and never locks the rightful user out. */
describe('sign-in throttling per account and client', () => {
  const t = useTestApp({ now: T0 });

  it('lets the owner in from their own device while another address hammers the account', async () => {
    const { ctx, setNow } = t();
    setNow(T0);
    const owner = await makePerson(ctx.db);
    const statuses = new Set<number>();
    for (let i = 0; i < 40; i++) {
      statuses.add((await login(t(), owner.email!, `tebakan-${i}`, '203.0.113.66')).statusCode);
    }
    // The attacker got three guesses, then only waits.
    expect([...statuses].sort()).toEqual([401, 429]);
    const response = await login(t(), owner.email!, TEST_PASSWORD, '198.51.100.7');
    expect(response.statusCode, response.body).toBe(200);
    // …and the owner's success did not reset the attacker's wait.
    expect((await login(t(), owner.email!, 'lagi', '203.0.113.66')).statusCode).toBe(429);
  });

  it('makes a failing client wait 2, 4, 8 … seconds, and lets the right password in after the wait', async () => {
    const { ctx, setNow } = t();
    setNow(T0);
    const person = await makePerson(ctx.db);
    const ip = '192.0.2.10';
    for (let i = 0; i < 3; i++) {
      expect((await login(t(), person.email!, `salah-${i}`, ip)).statusCode).toBe(401);
    }
    const waiting = await login(t(), person.email!, TEST_PASSWORD, ip);
    expect(waiting.statusCode).toBe(429);
    expect(waiting.headers['retry-after']).toBe('2');
    expect(waiting.json<ErrorBody>().error.message).toMatch(/Coba lagi dalam 2 detik/);

    setNow(at(2));
    expect((await login(t(), person.email!, 'salah-3', ip)).statusCode).toBe(401);
    expect((await login(t(), person.email!, TEST_PASSWORD, ip)).headers['retry-after']).toBe('4');
    setNow(at(6));
    expect((await login(t(), person.email!, 'salah-4', ip)).statusCode).toBe(401);
    expect((await login(t(), person.email!, TEST_PASSWORD, ip)).headers['retry-after']).toBe('8');

    setNow(at(14));
    expect((await login(t(), person.email!, TEST_PASSWORD, ip)).statusCode).toBe(200);
    // Success forgets this client's failures for the account: three free tries again.
    expect((await login(t(), person.email!, 'salah-5', ip)).statusCode).toBe(401);
    expect((await login(t(), person.email!, 'salah-6', ip)).statusCode).toBe(401);
  });

  it('caps one address across accounts (password spraying), but not other addresses', async () => {
    const { ctx, setNow } = t();
    setNow(T0);
    const ip = '192.0.2.20';
    for (let i = 0; i < 20; i++) {
      const response = await login(t(), `semprot.${i}@guru.sma.belajar.id`, 'Rahasia123', ip);
      expect(response.statusCode).toBe(401);
    }
    const person = await makePerson(ctx.db);
    const capped = await login(t(), person.email!, TEST_PASSWORD, ip);
    expect(capped.statusCode).toBe(429);
    expect(capped.headers['retry-after']).toBe('2');
    expect((await login(t(), person.email!, TEST_PASSWORD, '192.0.2.21')).statusCode).toBe(200);
    setNow(at(2));
    expect((await login(t(), person.email!, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('forgets failures older than the window', async () => {
    const { ctx, setNow } = t();
    setNow(T0);
    const person = await makePerson(ctx.db);
    const ip = '192.0.2.30';
    for (let i = 0; i < 12; i++) {
      setNow(at(i * 1000));
      await login(t(), person.email!, `salah-${i}`, ip);
    }
    const waiting = await login(t(), person.email!, TEST_PASSWORD, ip);
    expect(waiting.statusCode).toBe(429);
    setNow(at(11 * 1000 + 3600));
    expect((await login(t(), person.email!, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });
});

/** Issue 12 finding 7: a malformed sign-in is a 400 with a clear message, and it counts. */
describe('malformed sign-in requests', () => {
  const t = useTestApp({ now: T0 });

  async function failuresFrom(ip: string) {
    return t()
      .ctx.db.selectFrom('loginFailures')
      .select(['email', 'ip'])
      .where('ip', '=', ip)
      .execute();
  }

  it('answers 400 for a 900 KB email, naming the field, and counts the failure', async () => {
    const ip = '192.0.2.40';
    const email = `${'a'.repeat(900 * 1024)}@guru.sma.belajar.id`;
    const response = await login(t(), email, 'Rahasia123', ip);
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.message).toContain(
      'email: Email paling panjang 254 karakter',
    );
    const rows = await failuresFrom(ip);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.email).toHaveLength(254);
  });

  it('counts a body that is not JSON, and slows a client that keeps sending them', async () => {
    const ip = '192.0.2.41';
    for (let i = 0; i < 20; i++) {
      const response = await t().app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"email":',
        remoteAddress: ip,
      });
      expect(response.statusCode).toBe(400);
    }
    expect(await failuresFrom(ip)).toHaveLength(20);
    const person = await makePerson(t().ctx.db);
    expect((await login(t(), person.email!, TEST_PASSWORD, ip)).statusCode).toBe(429);
  });
});
