import pg from 'pg';
import { progress } from '../progress.js';
import { nationalLayout } from './national-layout.js';
import { provinceSql, regionsSql } from './national-sql.js';

/** Bumped whenever the generated rows change, so an older kept database is regenerated. */
export const NATIONAL_GENERATOR_VERSION = 'national-2';

/** Requested size of the national data set. */
export type NationalSize = { teachers: number; schools: number };

/** Rows and bytes (table + indexes + TOAST) of one table after generation. */
export type TableSize = { table: string; rows: number; bytes: number };

/** How the national database was obtained and what it holds. */
export type NationalDatabaseInfo = {
  name: string;
  reused: boolean;
  generatorVersion: string;
  generatedAt: string;
  /** Generation time including VACUUM ANALYZE (of the run that generated it, when reused). */
  generationSeconds: number;
  vacuumSeconds: number;
  databaseBytes: number;
  tables: TableSize[];
};

const MARKER = 'bench_national_marker';
const SIZED_TABLES = [
  'schools',
  'people',
  'school_staff',
  'school_principals',
  'plans',
  'practice_cycles',
  'assessments',
  'dinas_offices',
  'dinas_officials',
  'sessions',
];

/** The URL of database `name` on the server of `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

type Marker = {
  generator_version: string;
  teachers: number;
  schools: number;
  generated_at: Date;
  seconds: number;
  vacuum_seconds: number;
};

async function readMarker(url: string): Promise<Marker | undefined> {
  return withClient(url, async (client) => {
    const exists = await client.query<{ t: string | null }>(`select to_regclass($1) as t`, [
      MARKER,
    ]);
    if (!exists.rows[0]?.t) return undefined;
    const result = await client.query<Marker>(`select * from ${MARKER} limit 1`);
    return result.rows[0];
  });
}

/**
 * Whether the kept database holds this generator's data set of this size. A missing database, a
 * missing marker (an interrupted generation) or another version or size all mean "regenerate".
 */
export async function findKeptNationalDatabase(input: {
  adminUrl: string;
  name: string;
  size: NationalSize;
}): Promise<Marker | undefined> {
  const exists = await withClient(input.adminUrl, (client) =>
    client.query('select 1 from pg_database where datname = $1', [input.name]),
  );
  if (exists.rowCount === 0) return undefined;
  const marker = await readMarker(databaseUrl(input.adminUrl, input.name));
  if (!marker) return undefined;
  const matches =
    marker.generator_version === NATIONAL_GENERATOR_VERSION &&
    marker.teachers === input.size.teachers &&
    marker.schools === input.size.schools;
  return matches ? marker : undefined;
}

/** Drops (if present) and creates the national database, empty; the app's migrations come next. */
export async function recreateNationalDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`--national-db: "${name}" is not a plain name`);
  await withClient(adminUrl, async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  });
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * Writes the national data set with set-based SQL, one transaction per province, into a migrated,
 * empty database; then VACUUM ANALYZE and the marker. Foreign-key triggers are off for the load
 * (`session_replication_role = replica`): ids are derived from the same keys on both sides, so
 * every reference is valid by construction — and 3.4 million rows of FK checks would cost minutes.
 */
export async function generateNationalDataset(
  url: string,
  size: NationalSize,
): Promise<{ seconds: number; vacuumSeconds: number }> {
  const started = performance.now();
  const layouts = nationalLayout(size);
  const statements = provinceSql();
  await withClient(url, async (client) => {
    await client.query(`set synchronous_commit = off`);
    await client.query(`set session_replication_role = replica`);
    await client.query(`set work_mem = '256MB'`);
    await client.query('begin');
    for (const statement of regionsSql()) await client.query(statement);
    await client.query('commit');
    progress(`national: regions, Dinas offices and officials written`);
    let index = 0;
    for (const layout of layouts) {
      index++;
      const provinceStart = performance.now();
      const timings: string[] = [];
      await client.query('begin');
      for (const statement of statements) {
        const t = performance.now();
        const result = await client.query(statement.text, statement.params(layout));
        timings.push(`${statement.label} ${result.rowCount ?? 0} (${seconds(t).toFixed(1)} s)`);
      }
      await client.query('commit');
      // Fresh tables have no statistics: let the planner see real sizes early on.
      if (index % 10 === 1) await client.query('analyze schools, people, plans, school_principals');
      const { code, name } = layout.province;
      progress(
        `national: province ${index}/${layouts.length} ${code} ${name}: ` +
          `${layout.schoolNumbers.length} schools, ${layout.teachers} teachers in ` +
          `${seconds(provinceStart).toFixed(1)} s (elapsed ${seconds(started).toFixed(0)} s) — ` +
          timings.join(', '),
      );
    }
  });
  progress('national: VACUUM ANALYZE');
  const vacuumStart = performance.now();
  await withClient(url, (client) => client.query('vacuum (analyze)'));
  const vacuumSeconds = seconds(vacuumStart);
  const total = seconds(started);
  await withClient(url, async (client) => {
    await client.query(`create table ${MARKER} (generator_version text not null,
      teachers integer not null, schools integer not null, generated_at timestamptz not null,
      seconds double precision not null, vacuum_seconds double precision not null)`);
    await client.query(`insert into ${MARKER} values ($1, $2, $3, now(), $4, $5)`, [
      NATIONAL_GENERATOR_VERSION,
      size.teachers,
      size.schools,
      total,
      vacuumSeconds,
    ]);
  });
  progress(
    `national: generated in ${total.toFixed(0)} s (VACUUM ANALYZE ${vacuumSeconds.toFixed(0)} s)`,
  );
  return { seconds: total, vacuumSeconds };
}

/** Rows (planner estimate after VACUUM ANALYZE) and total bytes of the main tables, and the database. */
export async function nationalTableSizes(
  url: string,
): Promise<{ databaseBytes: number; tables: TableSize[] }> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ table: string; rows: string; bytes: string }>(
      `select c.relname as table, greatest(c.reltuples, 0)::bigint as rows,
              pg_total_relation_size(c.oid) as bytes
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relname = any($1::text[])`,
      [SIZED_TABLES],
    );
    const db = await client.query<{ bytes: string }>(
      'select pg_database_size(current_database()) as bytes',
    );
    const byName = new Map(tables.rows.map((row) => [row.table, row]));
    return {
      databaseBytes: Number(db.rows[0]?.bytes ?? 0),
      tables: SIZED_TABLES.filter((name) => byName.has(name)).map((name) => ({
        table: name,
        rows: Number(byName.get(name)?.rows ?? 0),
        bytes: Number(byName.get(name)?.bytes ?? 0),
      })),
    };
  });
}

/** The generation figures of a kept database, from its marker. */
export async function markerOf(url: string): Promise<Marker> {
  const marker = await readMarker(url);
  if (!marker) throw new Error('the national database has no marker');
  return marker;
}
