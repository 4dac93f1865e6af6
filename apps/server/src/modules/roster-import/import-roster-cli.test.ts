import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database.js';
import { openFreshDatabase, testDatabaseKind } from '../../test/test-database.js';
import {
  csvText,
  PTK_HEADER,
  ptkRow,
  rosterCounts,
  SAMPLES,
  writeTemp,
} from './roster-test-support.js';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));

type Run = { code: number; stdout: string; stderr: string };

/** Runs the command-line import the way `npm run import -- <files>` does. */
function runCli(args: string[], env: Record<string, string>): Promise<Run> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'apps/server/src/cli/import-roster.ts', ...args],
      {
        cwd: repoRoot,
        env: { ...inherited, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('npm run import (command line)', () => {
  let dir: string;
  let env: Record<string, string>;
  let open: () => Promise<Database>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kinerja-roster-cli-'));
    if (testDatabaseKind() === 'postgres') {
      const fresh = await openFreshDatabase();
      env = { DATABASE_URL: fresh.url ?? '' };
      open = () => Promise.resolve(fresh.database);
      cleanup = fresh.drop;
    } else {
      env = { KINERJA_DATA_DIR: join(dir, 'data') };
      open = () => openDatabase({ dataDir: join(dir, 'data') });
      cleanup = () => Promise.resolve();
    }
  });
  afterAll(async () => {
    await cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'imports the sample files in order, prints a result table and exits 0; a bad file prints its errors and exits 1',
    { timeout: 240_000 },
    async () => {
      const ok = await runCli([SAMPLES.schools, SAMPLES.ptk], env);
      expect(ok.stderr).not.toMatch(/Impor gagal/);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/SELESAI: .*sekolah\.csv \(sekolah, 3 baris\)/);
      expect(ok.stdout).toMatch(/SELESAI: .*ptk\.csv \(PTK, 10 baris, periode 2026\)/);
      expect(ok.stdout).toMatch(/Sekolah baru\s+3\n/);
      expect(ok.stdout).toMatch(/PTK baru\s+10\n/);
      expect(ok.stdout).toMatch(/Kepala sekolah ditetapkan\s+3\n/);

      const bad = csvText([PTK_HEADER, ptkRow(), ptkRow({ email: 'bukan-email' })]);
      const refused = await runCli(
        ['--period', '2026', await writeTemp(dir, 'ptk-salah.csv', bad)],
        env,
      );
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(
        /GAGAL: .*ptk-salah\.csv \(PTK\) — 1 kesalahan; tidak ada data yang diimpor\./,
      );
      expect(refused.stdout).toMatch(
        /Baris 3: kolom email "bukan-email" bukan alamat email yang valid/,
      );

      const missing = await runCli([join(dir, 'tidak-ada.csv')], env);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/Berkas tidak ditemukan/);

      const database = await open();
      try {
        expect(await rosterCounts(database.db)).toMatchObject({
          schools: 3,
          people: 10,
          schoolStaff: 10,
          schoolPrincipals: 3,
        });
      } finally {
        if (testDatabaseKind() === 'pglite') await database.close();
      }
    },
  );
});
