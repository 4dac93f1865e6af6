import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.js';

/** Finds the committed migrations folder from the source tree or from the built bundle. */
export function migrationsDir(): string {
  for (const relative of ['../migrations', '../../migrations']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  throw new Error('Folder migrations tidak ditemukan');
}

/** Applies every migration not yet applied, each in its own transaction; forward-only. */
export async function migrate(database: Database): Promise<string[]> {
  const { db } = database;
  await sql`create table if not exists schema_migrations (
    name text primary key, applied_at timestamptz not null default now())`.execute(db);
  if (database.kind === 'pglite') return applyPending(database);
  // Several app instances may start at once on one PostgreSQL: let one migrate at a time.
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(76070001)`.execute(connection);
    try {
      return await applyPending(database);
    } finally {
      await sql`select pg_advisory_unlock(76070001)`.execute(connection);
    }
  });
}

async function applyPending(database: Database): Promise<string[]> {
  const { db } = database;
  {
    const done = new Set(
      (await db.selectFrom('schemaMigrations').select('name').execute()).map((r) => r.name),
    );
    const files = readdirSync(migrationsDir())
      .filter((f) => f.endsWith('.sql'))
      .sort();
    const applied: string[] = [];
    for (const file of files.filter((f) => !done.has(f))) {
      const script = readFileSync(`${migrationsDir()}/${file}`, 'utf8');
      await database.runScriptInTransaction(script, {
        sql: 'insert into schema_migrations (name) values ($1)',
        params: [file],
      });
      applied.push(file);
    }
    return applied;
  }
}
