import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DbKind } from './args.js';

/** A throw-away database for one benchmark: the app's environment for it and how to remove it. */
export type TargetDatabase = {
  kind: DbKind;
  /** Database part of the app environment: DATABASE_URL, or KINERJA_DATA_DIR for PGlite. */
  env: Record<string, string>;
  dispose(): Promise<void>;
};

/** PGlite in a fresh temporary directory, or a fresh database on the PostgreSQL server at `adminUrl`. */
export async function createTarget(kind: DbKind, adminUrl: string): Promise<TargetDatabase> {
  if (kind === 'pglite') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kinerja-bench-'));
    const dataDir = path.join(dir, 'data');
    return {
      kind,
      env: { KINERJA_DATA_DIR: dataDir },
      dispose: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const name = `kinerja_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    env: { DATABASE_URL: url.toString() },
    dispose: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
