import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.js';

/** Which database the server suite runs on: embedded PGlite, or the server at TEST_DATABASE_URL. */
export const testDatabaseKind = (): 'pglite' | 'postgres' =>
  process.env.KINERJA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/** A fresh, empty database for one test file, and how to drop it afterwards. */
export async function openFreshDatabase(): Promise<{
  database: Database;
  url?: string;
  drop: () => Promise<void>;
}> {
  if (testDatabaseKind() === 'pglite') {
    const database = await openDatabase({});
    return { database, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('KINERJA_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `kinerja_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
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
