import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../../apps/server/src/db/database.js';

/** The server's version, e.g. "PostgreSQL 15.20"; for PGlite also the package version it embeds in. */
export async function databaseVersion(db: Db, kind: 'pglite' | 'postgres'): Promise<string> {
  const result = await sql<{ version: string }>`select version()`.execute(db);
  const full = result.rows[0]?.version ?? 'unknown';
  const short = /^PostgreSQL [\d.]+/.exec(full)?.[0] ?? full;
  return kind === 'pglite' ? `${short}, PGlite ${await pgliteVersion()}` : short;
}

async function pgliteVersion(): Promise<string> {
  try {
    // The package exports no package.json; find it beside the resolved entry point.
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    let dir = path.dirname(entry);
    while (path.basename(dir) !== 'pglite' && dir !== path.dirname(dir)) dir = path.dirname(dir);
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
