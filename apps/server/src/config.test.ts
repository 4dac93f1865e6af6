import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to embedded PGlite in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './data',
      publicUrl: 'http://localhost:3000',
      cookieSecure: false,
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set and Secure cookies behind an https PUBLIC_URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/kinerja',
      PUBLIC_URL: 'https://kinerja.example.id/',
    });
    expect(config.databaseUrl).toBe('postgres://u@db:5432/kinerja');
    expect(config.publicUrl).toBe('https://kinerja.example.id');
    expect(config.cookieSecure).toBe(true);
  });

  it('names every bad variable in one message', () => {
    const load = () =>
      loadConfig({ PORT: 'delapan', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL'])
      expect(load).toThrow(new RegExp(`${name}:`));
  });

  it('requires a client id when an OIDC issuer is configured, and splits allowed domains', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://accounts.google.com' })).toThrow(
      /OIDC_CLIENT_ID/,
    );
    const config = loadConfig({
      OIDC_ISSUER: 'https://accounts.google.com',
      OIDC_CLIENT_ID: 'kinerja',
      OIDC_ALLOWED_DOMAINS: 'belajar.id, Madrasah.ID ',
    });
    expect(config.oidc?.allowedDomains).toEqual(['belajar.id', 'madrasah.id']);
  });

  it('turns email on only with an SMTP server and a sender; nothing set means email off', () => {
    expect(loadConfig({}).smtp).toBeUndefined();
    expect(
      loadConfig({ SMTP_URL: 'smtps://u:p@mail.dinas.go.id', SMTP_FROM: 'noreply@dinas.go.id' })
        .smtp,
    ).toEqual({ url: 'smtps://u:p@mail.dinas.go.id', from: 'noreply@dinas.go.id' });
    const parts = loadConfig({
      SMTP_HOST: 'mail.dinas.go.id',
      SMTP_USER: 'kinerja@dinas.go.id',
      SMTP_PASS: 'r@hasia',
      SMTP_FROM: 'Kinerja <noreply@dinas.go.id>',
    });
    expect(parts.smtp?.url).toBe('smtp://kinerja%40dinas.go.id:r%40hasia@mail.dinas.go.id:587');
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.dinas.go.id' })).toThrow(/SMTP_FROM: wajib/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL: harus URL smtp/);
    expect(() => loadConfig({ SMTP_HOST: 'mail', SMTP_USER: 'x', SMTP_FROM: 'a@b.id' })).toThrow(
      /SMTP_USER \/ SMTP_PASS/,
    );
    expect(() => loadConfig({ SMTP_FROM: 'bukan-alamat' })).toThrow(/SMTP_FROM: harus alamat/);
  });

  it('takes a read replica only next to a PostgreSQL primary (issue 16 item 2)', () => {
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://u@replika:5432/kinerja' })).toThrow(
      /DATABASE_READ_URL: hanya berlaku bila DATABASE_URL/,
    );
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/kinerja',
      DATABASE_READ_URL: 'postgres://u@replika:5432/kinerja',
    });
    expect(config.databaseReadUrl).toBe('postgres://u@replika:5432/kinerja');
    expect(config.readPrimaryAfterWriteSeconds).toBe(10);
  });
});
