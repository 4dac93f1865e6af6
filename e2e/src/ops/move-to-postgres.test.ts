import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, ROOT } from '../server.js';
import { appInstance, type Instance } from './app-instances.js';

// Issue 16 item 4: `npm run move-to-postgres -- --to postgres://…` moves a stopped embedded
// installation (PGlite + its files) to PostgreSQL. It refuses a target that holds data; into an
// empty one it copies every table and the sequences and the files, checking counts and hashes;
// a server on PostgreSQL then shows the teacher's uploaded work with the same bytes.

const ADMIN_URL = process.env.TEST_DATABASE_URL;
const TEACHER = 'andi.wijaya@guru.sma.belajar.id';
const { DATABASE_URL: _ignored, ...parentEnv } = process.env;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function adminQuery(statement: string, url = ADMIN_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Signs the teacher in with the demo password; the cookie and CSRF token of that session. */
async function signIn(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: TEACHER, password: 'kinerja-demo-2026' }),
  });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = /kinerja_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0] ?? '';
  return { cookie, csrf: csrfToken };
}

describe.skipIf(!ADMIN_URL)('moving an embedded installation to PostgreSQL', () => {
  const suffix = randomBytes(4).toString('hex');
  const names = { full: `kinerja_move_full_${suffix}`, empty: `kinerja_move_${suffix}` };
  const dirs: string[] = [];
  const running: Instance[] = [];
  const urlOf = (name: string) => {
    const url = new URL(ADMIN_URL ?? '');
    url.pathname = `/${name}`;
    return url.toString();
  };
  afterAll(async () => {
    await Promise.all(running.map((i) => i.stop()));
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    for (const name of Object.values(names))
      await adminQuery(`drop database if exists ${name} with (force)`);
  });

  it('refuses a target with data, then moves every row and file with counts and hashes checked', async () => {
    const work = await mkdtemp(join(tmpdir(), 'kinerja-ops-move-'));
    dirs.push(work);
    const embedded = join(work, 'tertanam');
    const moved = join(work, 'postgres-berkas');
    const port = await freePort();
    const env = {
      NODE_ENV: 'production',
      KINERJA_DATA_DIR: embedded,
      PORT: String(port),
      SEED_DEMO: 'true',
      SEED_DEMO_YEAR: 'empty',
      LOG_LEVEL: 'warn',
    };
    const server = appInstance(port, { ...env, DATABASE_URL: '' });
    running.push(server);
    await server.start();
    const baseUrl = `http://127.0.0.1:${port}`;
    const session = await signIn(baseUrl);
    const uploaded = new Map<string, string>();
    for (const n of [1, 2]) {
      const body = Buffer.from(`%PDF-1.7\n% karya pindah ${n}\n${' '.repeat(2000)}`, 'latin1');
      const query = new URLSearchParams({ title: `Karya pindah ${n}`, category: 'modul_ajar' });
      const response = await fetch(`${baseUrl}/api/bukti-karya?${query.toString()}`, {
        method: 'POST',
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          'content-type': 'application/pdf',
          'x-file-name': 'karya.pdf',
        },
        body: new Uint8Array(body),
      });
      expect(response.status).toBe(201);
      uploaded.set(((await response.json()) as { id: string }).id, sha256(body));
    }
    await server.stop();

    const move = (to: string) =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'apps/server/src/cli/move-to-postgres.ts',
          '--to',
          to,
          '--files-to',
          moved,
        ],
        { cwd: ROOT, env: { ...parentEnv, ...env }, encoding: 'utf8' },
      );
    await adminQuery(`create database ${names.full}`);
    await adminQuery('create table sisa (x int); insert into sisa values (1)', urlOf(names.full));
    const refused = move(urlOf(names.full));
    expect(`${refused.stdout}${refused.stderr}`).toContain('tidak kosong (sisa)');
    expect(refused.status).toBe(1);

    await adminQuery(`create database ${names.empty}`);
    const done = move(urlOf(names.empty));
    expect(`${done.stdout}${done.stderr}`).toContain('sama dengan sumber');
    expect(done.status).toBe(0);
    // Sequences stand where the source's did: a new audit row takes an unused id.
    const target = new pg.Client({ connectionString: urlOf(names.empty) });
    await target.connect();
    const next = await target.query<{ fresh: boolean }>(
      `select nextval('audit_log_id_seq') > (select coalesce(max(id), 0) from audit_log) as fresh`,
    );
    await target.end();
    expect(next.rows[0]?.fresh).toBe(true);

    const onPostgres = appInstance(port, {
      ...env,
      KINERJA_DATA_DIR: moved,
      DATABASE_URL: urlOf(names.empty),
    });
    running.push(onPostgres);
    await onPostgres.start();
    const { cookie } = await signIn(baseUrl);
    const list = (await (
      await fetch(`${baseUrl}/api/bukti-karya`, { headers: { cookie } })
    ).json()) as { items: Array<{ id: string; file: { url: string } }> };
    let verified = 0;
    for (const item of list.items.filter((i) => uploaded.has(i.id))) {
      const file = await fetch(`${baseUrl}${item.file.url}`, { headers: { cookie } });
      expect(sha256(Buffer.from(await file.arrayBuffer()))).toBe(uploaded.get(item.id));
      verified += 1;
    }
    expect(verified).toBe(uploaded.size);
  });
});
