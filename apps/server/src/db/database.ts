import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DB } from './schema.js';
import { noteStatement, preparedNameOf } from './statement-hooks.js';

/** Kysely handle typed with the Kinerja schema; also the type of a transaction. */
export type Db = Kysely<DB>;

/** An open database: the query builder plus what migrations and health checks need. */
export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs a multi-statement SQL script and a follow-up statement in one transaction. */
  runScriptInTransaction(script: string, after: { sql: string; params: unknown[] }): Promise<void>;
  /** Connections of the pool for /metrics (PGlite: its one connection, never waited on here). */
  poolStats(): { total: number; idle: number; waiting: number; max: number };
  /**
   * Embedded only: a gzipped tar of the PGlite data directory taken while no transaction is open
   * (it waits for the one connection, as a transaction does), so it is a consistent copy made while
   * serving (issue 16 item 4). Undefined on PostgreSQL: use pg_dump (docs/OPERATIONS.md). Tests ask
   * for an uncompressed tar (`pgliteImage`), which loads faster.
   */
  dumpEmbedded: ((compression?: 'gzip' | 'none') => Promise<Blob>) | undefined;
  /**
   * PostgreSQL only: opens `COPY … FROM STDIN` on a connection of its own (bulk loads such as the
   * roster import's staging table, issue 15 item 4); `end` waits for the server to take every row.
   */
  copyIn?: ((statement: string) => Promise<CopyIn>) | undefined;
  close(): Promise<void>;
};

/** An open COPY FROM STDIN: write text in COPY format, then end it (or it is aborted on error). */
export type CopyIn = { write(text: string): Promise<void>; end(): Promise<void> };

const INT8 = 20;
const DATE = 1082;
const NUMERIC = 1700;

/** Opens PostgreSQL through a pool when a URL is given, otherwise embedded PGlite in `dataDir` (or memory). */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  poolSize?: number;
  /** A PGlite data-directory tarball to start from (tests start from an already migrated image). */
  pgliteImage?: Blob | undefined;
}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir, options.pgliteImage);
}

async function openPostgres(url: string, max: number): Promise<Database> {
  // Dates stay ISO strings and counts become numbers, the same as on PGlite.
  const types = {
    getTypeParser: (oid: number): ((value: string) => unknown) => {
      if (oid === DATE) return (v: string) => v;
      if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, 'text') as (value: string) => unknown;
    },
  };
  const pool = new pg.Pool({ connectionString: url, max, types });
  // An idle client broken by a server restart is dropped by the pool; the next query reconnects.
  pool.on('error', () => undefined);
  const connected = new Set<pg.PoolClient>();
  pool.on('connect', (client) => {
    withStatementHooks(client);
    connected.add(client);
    client.once('end', () => connected.delete(client));
  });
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    kind: 'postgres',
    db,
    poolStats: () => ({
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max,
    }),
    dumpEmbedded: undefined,
    copyIn: (statement) => openCopyIn(pool, statement),
    async runScriptInTransaction(script, after) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(script);
        await client.query(after.sql, after.params);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      // pool.end() resolves before the sockets close; wait for them so a dropped database or a
      // stopped server never meets a half-closed client.
      const closing = [...connected].map(
        (client) =>
          new Promise<void>((resolve) => {
            client.on('error', () => undefined);
            client.once('end', () => resolve());
          }),
      );
      await db.destroy();
      await Promise.all(closing);
    },
  };
}

/** Starts a COPY FROM STDIN on a pooled client that is released when the copy ends or fails. */
async function openCopyIn(pool: pg.Pool, statement: string): Promise<CopyIn> {
  const client = await pool.connect();
  const stream = client.query(copyFrom(statement));
  const state: { failure: Error | null } = { failure: null };
  const done = new Promise<void>((resolve) => {
    stream.once('finish', () => resolve());
    stream.once('error', (error: Error) => {
      state.failure = error;
      resolve();
    });
  }).finally(() => client.release(state.failure ?? undefined));
  const check = () => {
    if (state.failure) throw state.failure;
  };
  return {
    async write(text) {
      check();
      if (!stream.write(text)) await Promise.race([once(stream, 'drain'), done]);
      check();
    },
    async end() {
      if (!state.failure) stream.end();
      await done;
      check();
    },
  };
}

/**
 * Routes Kysely's `client.query(text, values)` through the statement hooks: the observer sees each
 * statement, and a text marked `preparedMarker` goes as a named prepared statement (issue 15).
 */
function withStatementHooks(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const hooked = (...args: unknown[]): unknown => {
    const [text, values] = args;
    if (typeof text !== 'string' || args.length > 2) return query(...args);
    noteStatement(text);
    const name = preparedNameOf(text);
    return name ? query({ name, text, values }) : query(...args);
  };
  client.query = hooked as typeof client.query;
}

async function openPglite(dataDir: string | undefined, image: Blob | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    ...(image ? { loadDataDir: image } : {}),
    parsers: {
      [DATE]: (v: string) => v,
      [INT8]: (v: string) => Number(v),
      [NUMERIC]: (v: string) => Number(v),
    },
  });
  await pglite.waitReady;
  const { pgliteDialect } = await import('./pglite-dialect.js');
  const db = new Kysely<DB>({ dialect: pgliteDialect(pglite), plugins: [new CamelCasePlugin()] });
  return {
    kind: 'pglite',
    db,
    poolStats: () => ({ total: 1, idle: 1, waiting: 0, max: 1 }),
    dumpEmbedded: (compression = 'gzip') =>
      db.connection().execute(async () => await pglite.dumpDataDir(compression)),
    async runScriptInTransaction(script, after) {
      await pglite.transaction(async (tx) => {
        await tx.exec(script);
        await tx.query(after.sql, after.params);
      });
    },
    close: () => db.destroy(),
  };
}

/** True when the database answers a trivial query. */
export async function isDatabaseUp(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
