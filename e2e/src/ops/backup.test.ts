import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, ROOT } from '../server.js';
import { appInstance, type Instance } from './app-instances.js';

// Issue 16 item 4: `npm run backup` copies an embedded installation (PGlite + its files) while a
// teacher keeps uploading Bukti Karya; `npm run restore` unpacks it into an empty directory and
// checks row counts and file hashes; a server on the restored directory shows every work that was
// acknowledged before the backup started, with the same bytes. Restore never overwrites.

const TEACHER = 'andi.wijaya@guru.sma.belajar.id';
const { DATABASE_URL: _ignored, ...parentEnv } = process.env;

/** Runs a CLI of the repository (tsx) with the installation's environment. */
function cli(script: string, args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...parentEnv, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

type Work = { id: string; sha256: string };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Uploads distinct small PDFs as Bukti Karya until stopped; `acknowledged` holds every 201. */
async function keepUploading(
  baseUrl: string,
  cookie: string,
  csrf: string,
  works: { acknowledged: Work[]; isStopped: boolean },
) {
  for (let n = 1; !works.isStopped; n++) {
    const body = Buffer.from(`%PDF-1.7\n% karya ${n} ${Date.now()}\n${' '.repeat(4000)}`, 'latin1');
    const query = new URLSearchParams({ title: `Karya cadangan ${n}`, category: 'modul_ajar' });
    const response = await fetch(`${baseUrl}/api/bukti-karya?${query.toString()}`, {
      method: 'POST',
      headers: {
        cookie,
        'x-csrf-token': csrf,
        'content-type': 'application/pdf',
        'x-file-name': 'karya.pdf',
      },
      body: new Uint8Array(body),
    });
    if (response.status !== 201)
      throw new Error(`upload: ${response.status} ${await response.text()}`);
    const { id } = (await response.json()) as { id: string };
    works.acknowledged.push({ id, sha256: sha256(body) });
  }
}

async function signIn(baseUrl: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: TEACHER, password: 'kinerja-demo-2026' }),
  });
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = /kinerja_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0] ?? '';
  return { cookie, csrf: csrfToken };
}

describe('backup and restore of an embedded installation', () => {
  const dirs: string[] = [];
  const running: Instance[] = [];
  afterAll(async () => {
    await Promise.all(running.map((i) => i.stop()));
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });
  const tempDir = async (prefix: string) => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  const env = (dataDir: string, port: number) => ({
    NODE_ENV: 'production',
    KINERJA_DATA_DIR: dataDir,
    PORT: String(port),
    SEED_DEMO: 'true',
    SEED_DEMO_YEAR: 'empty',
    LOG_LEVEL: 'warn',
  });

  it('copies while serving, restores into an empty directory only, and loses no acknowledged work', async () => {
    const work = await tempDir('kinerja-ops-backup-');
    const source = join(work, 'sumber');
    const restored = join(work, 'pulih');
    const archive = join(work, 'cadangan.tar.gz');
    const port = await freePort();
    const server = appInstance(port, { ...env(source, port), DATABASE_URL: '' });
    running.push(server);
    await server.start();
    const baseUrl = `http://127.0.0.1:${port}`;

    const session = await signIn(baseUrl);
    const works = { acknowledged: [] as Work[], isStopped: false };
    const writing = keepUploading(baseUrl, session.cookie, session.csrf, works);
    while (works.acknowledged.length < 3) await new Promise((r) => setTimeout(r, 50));
    const before = [...works.acknowledged];
    const backup = cli('apps/server/src/cli/backup.ts', [archive], env(source, port));
    works.isStopped = true;
    await writing;
    await server.stop();
    expect(backup.output).toContain(`server yang berjalan di port ${port}`);
    expect(backup.status).toBe(0);

    const restore = cli('apps/server/src/cli/restore.ts', [archive], env(restored, port));
    expect(restore.output).toContain('semua berkas terdaftar utuh');
    expect(restore.status).toBe(0);
    const again = cli('apps/server/src/cli/restore.ts', [archive], env(restored, port));
    expect(again.status).toBe(1);
    expect(again.output).toContain('tidak kosong');

    const copy = appInstance(port, { ...env(restored, port), DATABASE_URL: '' });
    running.push(copy);
    await copy.start();
    const { cookie } = await signIn(baseUrl);
    const list = (await (
      await fetch(`${baseUrl}/api/bukti-karya`, { headers: { cookie } })
    ).json()) as {
      items: Array<{ id: string; file: { url: string } }>;
    };
    const listed = new Map(list.items.map((item) => [item.id, item]));
    let verified = 0;
    for (const { id, sha256: expected } of before) {
      const item = listed.get(id);
      expect(item, `work ${id} acknowledged before the backup`).toBeDefined();
      const bytes = Buffer.from(
        await (
          await fetch(`${baseUrl}${item?.file.url ?? ''}`, { headers: { cookie } })
        ).arrayBuffer(),
      );
      expect(sha256(bytes)).toBe(expected);
      verified += 1;
    }
    console.info(
      `backup: ${before.length} works acknowledged before the backup, ${works.acknowledged.length} by the end of the upload loop, ${verified} verified after restore, lost = ${before.length - verified}`,
    );
  });
});
