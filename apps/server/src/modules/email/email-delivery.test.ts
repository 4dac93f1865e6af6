import type { EmailPreferenceResponse } from '@kinerja/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEmailPass } from '../../jobs/email-delivery.js';
import { makePerson } from '../../test/factories.js';
import { useTestApp } from '../../test/test-app.js';
import { deadlineNearText, returnedText } from '../notifications/notification-texts.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { clientFor } from '../plans/plan-test-support.js';
import { startTestSmtp, type TestSmtp } from './email-test-smtp.js';

// Email through the outbox against a real SMTP server (issue 16 item 3), and the preference routes:
// one file, one app, one SMTP server; the tests run in order on the app's movable clock.

describe('email over SMTP through the outbox', () => {
  let smtp: TestSmtp;
  const env: Record<string, string> = { SMTP_FROM: 'Kinerja <noreply@kinerja.test>' };
  beforeAll(async () => {
    smtp = await startTestSmtp();
    env.SMTP_URL = smtp.url;
  });
  afterAll(async () => smtp.close());
  const t = useTestApp({ env, now: '2026-03-02T03:00:00.000Z' });
  const retrySoon = { baseDelayMs: 60_000, maxDelayMs: 60_000 };
  const pass = () => runEmailPass(t().ctx, t().ctx.config.smtp!, { send: retrySoon });

  async function teacher(preference?: { enabled: boolean; frequency: 'immediate' | 'daily' }) {
    const { app, ctx } = t();
    const person = await makePerson(ctx.db, { name: 'Siti Rahmawati' });
    const client = await clientFor(app, person.email);
    if (preference) {
      const saved = await client.put('/api/me/email-preference', preference);
      expect(saved.statusCode).toBe(200);
    }
    return { person, client };
  }

  async function notify(
    recipientId: string,
    at: string,
    text = deadlineNearText('2026-03-09', '2026'),
  ) {
    t().setNow(at);
    await insertNotification(t().ctx.db, { recipientId, ...text, createdAt: new Date(at) });
  }

  const emailRows = async () =>
    t()
      .ctx.db.selectFrom('outbox')
      .select(['id', 'processedAt', 'attempts'])
      .where('topic', 'in', ['email.notification', 'email.digest'])
      .execute();

  it('turns a notification into one email in Indonesian, with an unsubscribe link', async () => {
    const { person } = await teacher({ enabled: true, frequency: 'immediate' });
    await notify(person.id, '2026-03-02T03:00:00.000Z');
    expect(await emailRows()).toEqual([]); // writing a notification queues nothing by itself
    expect(await pass()).toMatchObject({ looked: 1, claimed: 1, sent: 1 });
    expect(await pass()).toMatchObject({ looked: 0, claimed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toMatchObject({ value: [{ address: person.email }] });
    expect(mail.subject).toBe('Kinerja: Batas waktu Perencanaan Kinerja sudah dekat');
    expect(mail.text).toContain('Yth. Siti Rahmawati,');
    expect(mail.text).toContain(
      'Ajukan Perencanaan Kinerja periode 2026 paling lambat 9 Maret 2026.',
    );
    expect(mail.text).toMatch(
      /Berhenti menerima email dari Kinerja: http:\/\/\S+\/berhenti-email\?token=/,
    );
    // List-Unsubscribe, as mailparser reads List-* headers.
    expect(JSON.stringify(mail.headers.get('list'))).toContain('/berhenti-email?token=');
  });

  it('a refusing mail server (451) delays the email; it arrives once when the server accepts', async () => {
    const { person } = await teacher({ enabled: true, frequency: 'immediate' });
    const before = smtp.received.length;
    smtp.refuseNext(2);
    await notify(
      person.id,
      '2026-03-02T04:00:00.000Z',
      returnedText('Bapak Kepala', 'Lengkapi SK.'),
    );
    expect(await pass()).toMatchObject({ claimed: 1, retried: 1, sent: 0 });
    expect(await pass()).toMatchObject({ claimed: 0 }); // waits for its backoff
    const metrics = await t().app.inject({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/kinerja_email_queue 1/);
    expect(metrics.body).toMatch(/kinerja_email_send_failures_total\{outcome="retry"\} [1-9]/);
    t().setNow('2026-03-02T04:01:00.000Z');
    expect(await pass()).toMatchObject({ claimed: 1, retried: 1 });
    t().setNow('2026-03-02T04:03:00.000Z');
    // Two instances' passes at once: the row is leased by one of them only.
    const [a, b] = await Promise.all([pass(), pass()]);
    expect(a.sent + b.sent).toBe(1);
    t().setNow('2026-03-02T06:00:00.000Z');
    expect(await pass()).toMatchObject({ claimed: 0 });
    expect(smtp.refused()).toBe(2);
    const arrived = smtp.received.slice(before);
    expect(arrived.map((m) => m.subject)).toEqual(['Kinerja: Perencanaan Kinerja dikembalikan']);
    expect(arrived[0]!.text).toContain('Bapak Kepala mengembalikan Perencanaan Kinerja Anda');
    const after = await t().app.inject({ method: 'GET', url: '/metrics' });
    expect(after.body).toMatch(/kinerja_email_queue 0/);
  });

  it('groups a day of notifications into one digest mail at 06.00 WIB', async () => {
    const { person } = await teacher(); // the default: a daily digest
    const before = smtp.received.length;
    await notify(person.id, '2026-03-02T05:00:00.000Z'); // 12.00 WIB
    await notify(
      person.id,
      '2026-03-02T08:30:00.000Z',
      returnedText('Bapak Kepala', 'Perbaiki RHK.'),
    );
    await notify(
      person.id,
      '2026-03-02T22:00:00.000Z',
      returnedText('Bapak Kepala', 'Lampirkan SK.'),
    );
    expect(await pass()).toMatchObject({ looked: 3, claimed: 0 }); // no email before the digest
    t().setNow('2026-03-02T23:05:00.000Z'); // 06.05 WIB on 3 March
    expect(await pass()).toMatchObject({ digests: 1, claimed: 1, sent: 1 });
    t().setNow('2026-03-03T02:00:00.000Z');
    expect(await pass()).toMatchObject({ digests: 0, claimed: 0 });
    const arrived = smtp.received.slice(before);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.subject).toBe('Kinerja: ringkasan 3 pemberitahuan, 3 Maret 2026');
    const text = arrived[0]!.text ?? '';
    expect(text).toContain(
      '1. Batas waktu Perencanaan Kinerja sudah dekat (2 Maret 2026, 12.00 WIB)',
    );
    expect(text).toContain('Perbaiki RHK.');
    expect(text).toContain('3. Perencanaan Kinerja dikembalikan (3 Maret 2026, 05.00 WIB)');
  });

  it('the unsubscribe link works signed out and stops mail, even mail already queued', async () => {
    const { app } = t();
    const { person, client } = await teacher({ enabled: true, frequency: 'immediate' });
    const before = smtp.received.length;
    t().setNow('2026-03-03T03:00:00.000Z');
    await notify(person.id, '2026-03-03T03:00:00.000Z');
    await pass();
    const link = /berhenti-email\?token=(\S+)/.exec(smtp.received.at(-1)!.text ?? '')![1]!;
    const token = decodeURIComponent(link);

    await notify(person.id, '2026-03-03T03:10:00.000Z');
    smtp.refuseNext(1);
    expect(await pass()).toMatchObject({ retried: 1 }); // queued, not yet sent

    const tampered = `${token.slice(0, -2)}xx`;
    const refused = await app.inject({
      method: 'POST',
      url: '/api/email/unsubscribe',
      payload: { token: tampered },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toContain(
      'tautan berhenti langganan',
    );
    const done = await app.inject({
      method: 'POST',
      url: '/api/email/unsubscribe',
      payload: { token },
    });
    expect(done.json()).toEqual({ ok: true });

    await notify(person.id, '2026-03-03T03:20:00.000Z');
    t().setNow('2026-03-03T04:00:00.000Z');
    expect(await pass()).toMatchObject({ sent: 0 });
    expect(smtp.received.length - before).toBe(1);
    expect((await client.get('/api/me/email-preference')).json()).toMatchObject({ enabled: false });
  });

  it('reads the default, saves a choice with its audit row, refuses bad input and others', async () => {
    const { app, ctx } = t();
    const a = await makePerson(ctx.db, { name: 'Guru A' });
    const b = await makePerson(ctx.db, { name: 'Guru B' });
    const guruA = await clientFor(app, a.email);
    const guruB = await clientFor(app, b.email);
    expect((await guruA.get('/api/me/email-preference')).json()).toEqual({
      enabled: true,
      frequency: 'daily',
      emailAddress: a.email,
      isEmailAvailable: true,
    } satisfies EmailPreferenceResponse);

    const bad = await guruA.put('/api/me/email-preference', { enabled: true, frequency: 'weekly' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('frequency');
    expect(bad.body).toContain('ringkasan harian');
    expect(
      await ctx.db
        .selectFrom('emailPreferences')
        .selectAll()
        .where('personId', '=', a.id)
        .execute(),
    ).toEqual([]);

    const saved = await guruA.put('/api/me/email-preference', {
      enabled: false,
      frequency: 'immediate',
    });
    expect(saved.json()).toMatchObject({ enabled: false, frequency: 'immediate' });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select(['action', 'entityId'])
      .where('action', '=', 'email.preference')
      .where('entityId', 'in', [a.id, b.id])
      .execute();
    expect(audit).toEqual([{ action: 'email.preference', entityId: a.id }]);

    // Each person reaches only their own choice: B's is untouched, and B's change leaves A's.
    expect((await guruB.get('/api/me/email-preference')).json()).toMatchObject({ enabled: true });
    await guruB.put('/api/me/email-preference', { enabled: true, frequency: 'immediate' });
    expect((await guruA.get('/api/me/email-preference')).json()).toMatchObject({ enabled: false });

    // A token of A's signature with B's id (a foreign subject) is refused; B stays subscribed.
    const forged = await app.inject({
      method: 'POST',
      url: '/api/email/unsubscribe',
      payload: { token: `${b.id}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA` },
    });
    expect(forged.statusCode).toBe(400);
    expect((await guruB.get('/api/me/email-preference')).json()).toMatchObject({ enabled: true });

    const signedOut = await app.inject({ method: 'GET', url: '/api/me/email-preference' });
    expect(signedOut.statusCode).toBe(401);
  });
});
