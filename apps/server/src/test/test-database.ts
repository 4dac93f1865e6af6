import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.js';
import { migrate, migrationsDir } from '../db/migrate.js';

/** Which database the server suite runs on: embedded PGlite, or the server at TEST_DATABASE_URL. */
export const testDatabaseKind = (): 'pglite' | 'postgres' =>
  process.env.KINERJA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/**
 * A fresh, already migrated database for one test file, and how to drop it afterwards.
 * Every file starts from one migrated image made once per set of migrations (a PostgreSQL
 * template database, or a PGlite data-directory tarball in the temp folder): migrating 20 files
 * and, on PGlite, creating a cluster cost seconds per test file, times ~90 files, twice.
 */
export async function openFreshDatabase(): Promise<{
  database: Database;
  url?: string;
  drop: () => Promise<void>;
}> {
  if (testDatabaseKind() === 'pglite') {
    const database = await openPgliteFromImage();
    return { database, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('KINERJA_TEST_DB=postgres needs TEST_DATABASE_URL');
  const url = await createMigratedPostgresDatabase(adminUrl, 'kinerja_test');
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      await dropPostgresDatabase(adminUrl, url);
    },
  };
}

/** Short hash of the migration files' names and contents: a new migration makes a new image. */
export function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  const dir = migrationsDir();
  for (const file of readdirSync(dir).sort()) {
    hash.update(file);
    hash.update(readFileSync(join(dir, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

async function openPgliteFromImage(): Promise<Database> {
  const path = join(tmpdir(), `kinerja-pglite-${migrationsFingerprint()}.tar`);
  try {
    return await openDatabase({ pgliteImage: await migratedPgliteImage(path) });
  } catch {
    // An image left by another PGlite version does not load: make it again.
    await rm(path, { force: true });
    return openDatabase({ pgliteImage: await migratedPgliteImage(path) });
  }
}

async function migratedPgliteImage(path: string): Promise<Blob> {
  if (!existsSync(path)) {
    const database = await openDatabase({});
    try {
      await migrate(database);
      const image = await database.dumpEmbedded!('none');
      // Written under a unique name then renamed, so a parallel worker never reads half a file.
      const partial = `${path}.${randomBytes(4).toString('hex')}`;
      await writeFile(partial, Buffer.from(await image.arrayBuffer()));
      await rename(partial, path);
    } finally {
      await database.close();
    }
  }
  return new Blob([await readFile(path)]);
}

/**
 * Creates `<prefix>_<random>` on the server at `adminUrl` as a copy of a migrated template
 * database (made once per set of migrations, under an advisory lock) and returns its URL.
 */
export async function createMigratedPostgresDatabase(
  adminUrl: string,
  prefix: string,
): Promise<URL> {
  const template = `kinerja_template_${migrationsFingerprint()}`;
  await withAdminClient(adminUrl, async (client) => {
    await client.query('select pg_advisory_lock(76070002)');
    try {
      const found = await client.query('select 1 from pg_database where datname = $1', [template]);
      if (found.rowCount === 0) {
        const building = `${template}_building`;
        await client.query(`drop database if exists ${building} with (force)`);
        await client.query(`create database ${building}`);
        const database = await openDatabase({
          databaseUrl: withDatabase(adminUrl, building).toString(),
        });
        try {
          await migrate(database);
        } finally {
          await database.close();
        }
        await client.query(`alter database ${building} rename to ${template}`);
      }
    } finally {
      await client.query('select pg_advisory_unlock(76070002)');
    }
  });
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdminClient(adminUrl, (client) =>
    client.query(`create database ${name} template ${template}`),
  );
  return withDatabase(adminUrl, name);
}

/** Drops the database at `url` (made by createMigratedPostgresDatabase). */
export async function dropPostgresDatabase(adminUrl: string, url: URL): Promise<void> {
  const name = url.pathname.slice(1);
  await withAdminClient(adminUrl, (client) =>
    client.query(`drop database if exists ${name} with (force)`),
  );
}

function withDatabase(adminUrl: string, name: string): URL {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url;
}

async function withAdminClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
