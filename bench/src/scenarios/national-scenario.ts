import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { openBenchContext, startAppUnderTest } from '../app-under-test.js';
import type { BenchArgs, DbKind } from '../args.js';
import { databaseVersion } from '../database-version.js';
import {
  databaseUrl,
  findKeptNationalDatabase,
  generateNationalDataset,
  markerOf,
  nationalTableSizes,
  NATIONAL_GENERATOR_VERSION,
  recreateNationalDatabase,
  type NationalDatabaseInfo,
} from '../generate/national-dataset.js';
import { refreshNationalRollup, type RollupRefresh } from '../generate/national-rollup.js';
import { createNationalSessions, type NationalSessions } from '../generate/national-sessions.js';
import { NATIONAL_PERIOD } from '../generate/national-sql.js';
import type { LoadClient } from '../load/load-client.js';
import type { LoadRequest, LoadResult } from '../load/load-types.js';
import { progress } from '../progress.js';
import { median } from '../report/stats.js';
import type { TargetDatabase } from '../target-database.js';
import {
  NATIONAL_MEASURES,
  NATIONAL_TARGETS_MS,
  nationalRequests,
  smokeNational,
  type NationalMeasure,
} from './national-requests.js';
import { readZip, type ZipRead } from './national-zip.js';

/** Why the scenario does not run on PGlite. */
export const PGLITE_SKIP_REASON =
  'the national data set (3.4 million teachers, several GB) is generated straight into a ' +
  'PostgreSQL server and kept there between runs; embedded PGlite is the no-install default for a ' +
  'newcomer (architecture.md §3), a single WebAssembly process that is not meant to hold a country';

/** How many random schools' principals are signed in for the principal's lists. */
const PRINCIPALS = 2_000;
/** School ZIPs downloaded per repeat, one after another. */
const SCHOOL_ZIPS = 10;
/** How long the Dinas ZIP is read before the download is aborted. */
const DINAS_ZIP_SECONDS = 20;

/** Median figures of one measurement over the repeats. */
export type NationalFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
};

/** 1-connection and N-connection runs of one measurement. */
export type NationalRuns = { single: LoadResult[]; concurrent: LoadResult[] };

/** Everything the national scenario measured (or why it did not run). */
export type NationalReport =
  | { scenario: 'national'; database: { kind: 'pglite' }; skipped: string }
  | {
      scenario: 'national';
      database: { kind: 'postgres'; version: string };
      dataset: NationalDatabaseInfo & { teachers: number; schools: number };
      /** The dashboards' per-school rollup brought up to date before measuring (not timed as load). */
      rollup: RollupRefresh;
      load: {
        connections: number;
        durationSeconds: number;
        warmupSeconds: number;
        repeats: number;
        principals: number;
        kabupaten: number;
      };
      /** Measurements whose route answered the app's "address not found" (not built yet). */
      missing: NationalMeasure[];
      /** One request of each measurement before any load: a cold read. */
      coldMs: Partial<Record<NationalMeasure, number>>;
      runs: Partial<Record<NationalMeasure, NationalRuns>>;
      /** Measurements too slow for a load run: timed one request at a time, at 1 connection. */
      sequential: NationalMeasure[];
      medians: Partial<
        Record<NationalMeasure, { single: NationalFigures; concurrent: NationalFigures | null }>
      >;
      targets: Record<NationalMeasure, number | null>;
      failures: Partial<Record<NationalMeasure, { non2xx: number; errors: number }>>;
      pdf: { school: ZipRead[]; dinas: ZipRead[]; dinasLimitSeconds: number };
    };

/** The national scale scenario (issue #6): PostgreSQL only; on PGlite it reports why it is skipped. */
export async function runNationalScenario(
  args: BenchArgs,
  kind: DbKind,
  load: LoadClient | undefined,
): Promise<NationalReport> {
  if (kind === 'pglite' || !load) {
    progress(`pglite: national scenario skipped — ${PGLITE_SKIP_REASON}`);
    return { scenario: 'national', database: { kind: 'pglite' }, skipped: PGLITE_SKIP_REASON };
  }
  const url = databaseUrl(args.postgresUrl, args.nationalDb);
  const size = { teachers: args.nationalTeachers, schools: args.nationalSchools };
  const kept = args.regenerate
    ? undefined
    : await findKeptNationalDatabase({ adminUrl: args.postgresUrl, name: args.nationalDb, size });
  if (kept) {
    progress(`national: reusing ${args.nationalDb} (generated ${kept.generated_at.toISOString()})`);
  } else {
    progress(
      `national: generating ${args.nationalDb}: ${size.teachers} teachers in ${size.schools} schools`,
    );
    await recreateNationalDatabase(args.postgresUrl, args.nationalDb);
  }
  // The app's own migrations (and periods) on the kept or fresh database, as the server starts.
  const target: TargetDatabase = { kind, env: { DATABASE_URL: url }, dispose: async () => {} };
  const ctx = await openBenchContext(target);
  let server: Awaited<ReturnType<typeof startAppUnderTest>> | undefined;
  try {
    if (!kept) await generateNationalDataset(url, size);
    const rollup = await refreshNationalRollup(ctx.db);
    const marker = await markerOf(url);
    const sizes = await nationalTableSizes(url);
    const dataset = {
      name: args.nationalDb,
      reused: Boolean(kept),
      generatorVersion: NATIONAL_GENERATOR_VERSION,
      generatedAt: marker.generated_at.toISOString(),
      generationSeconds: marker.seconds,
      vacuumSeconds: marker.vacuum_seconds,
      ...sizes,
      ...size,
    };
    const sessions = await createNationalSessions(ctx.db, {
      principals: PRINCIPALS,
      seed: randomBytes(4).toString('hex'),
      now: ctx.clock(),
      ttlHours: ctx.config.sessionTtlHours,
    });
    const version = await databaseVersion(ctx.db, kind);
    server = await startAppUnderTest(ctx);
    const measured = await measureLoad(args, load, server.appUrl, sessions);
    const pdf = await measurePdf(args, server.appUrl, sessions);
    return {
      scenario: 'national',
      database: { kind, version },
      dataset,
      rollup,
      load: {
        connections: args.connections,
        durationSeconds: args.durationSeconds,
        warmupSeconds: args.warmupSeconds,
        repeats: args.repeats,
        principals: sessions.principals.length,
        kabupaten: sessions.kabupaten.length,
      },
      ...measured,
      targets: NATIONAL_TARGETS_MS,
      pdf,
    };
  } finally {
    // The database is kept for the next run; only the app and its pool are closed.
    if (server) await server.close();
    else await ctx.database.close();
  }
}

type Measured = Pick<
  Extract<NationalReport, { dataset: unknown }>,
  'missing' | 'sequential' | 'coldMs' | 'runs' | 'medians' | 'failures'
>;

/** Smoke-tests every measurement, then runs the present ones interleaved, each at 1 and N connections. */
async function measureLoad(
  args: BenchArgs,
  load: LoadClient,
  appUrl: string,
  sessions: NationalSessions,
): Promise<Measured> {
  const requests = nationalRequests(sessions);
  const missing: NationalMeasure[] = [];
  const coldMs: Measured['coldMs'] = {};
  const present: NationalMeasure[] = [];
  for (const measure of NATIONAL_MEASURES) {
    const first = requests[measure][0];
    if (!first) throw new Error(`${measure}: no requests`);
    const outcome = await smokeNational(appUrl, first);
    if (outcome.ok) {
      coldMs[measure] = outcome.ms;
      present.push(measure);
    } else {
      progress(`national: ${measure} skipped — ${first.path.split('?')[0]} is not a route (404)`);
      missing.push(measure);
    }
  }
  const runs: Measured['runs'] = {};
  const failures: Measured['failures'] = {};
  for (const measure of present) {
    runs[measure] = { single: [], concurrent: [] };
    failures[measure] = { non2xx: 0, errors: 0 };
  }
  // A request slower than half a run would leave a load run without answers (autocannon also gives
  // up after 10 s) while the abandoned queries kept the database busy into the next measurement:
  // such a measurement is timed request by request instead, at 1 connection only.
  const sequential = present.filter((m) => (coldMs[m] ?? 0) > (args.durationSeconds * 1000) / 2);
  for (let repeat = 1; repeat <= args.repeats; repeat++) {
    for (const measure of present) {
      if (sequential.includes(measure)) {
        progress(
          `national: ${measure}, one request alone (slow), repeat ${repeat}/${args.repeats}`,
        );
        const request = requests[measure][(repeat - 1) % requests[measure].length]!;
        const timed = await timeOneRequest(appUrl, request);
        runs[measure]!.single.push(timed);
        failures[measure]!.non2xx += timed.non2xx;
        continue;
      }
      for (const mode of ['single', 'concurrent'] as const) {
        const connections = mode === 'single' ? 1 : args.connections;
        progress(
          `national: ${measure}, ${connections} connection(s), repeat ${repeat}/${args.repeats}`,
        );
        const spec = { url: appUrl, connections, requests: requests[measure] };
        const warm = await load.run({ ...spec, durationSeconds: args.warmupSeconds });
        const result = await load.run({ ...spec, durationSeconds: args.durationSeconds });
        runs[measure]![mode].push(result);
        failures[measure]!.non2xx += warm.non2xx + result.non2xx;
        failures[measure]!.errors += warm.errors + result.errors;
      }
    }
  }
  const medians: Measured['medians'] = {};
  for (const measure of present) {
    const { single, concurrent } = runs[measure]!;
    medians[measure] = {
      single: figures(single),
      concurrent: concurrent.length ? figures(concurrent) : null,
    };
  }
  return { missing, sequential, coldMs, runs, medians, failures };
}

/**
 * One request timed to its last byte, as a load result of one answer. Plain `node:http` without a
 * timeout: fetch (undici) gives up after 300 s without headers, and the nation dashboard can take
 * minutes at full size.
 */
async function timeOneRequest(appUrl: string, request: LoadRequest): Promise<LoadResult> {
  const started = performance.now();
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.get(
      new URL(request.path, appUrl),
      { headers: request.headers ?? {} },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
  const ms = performance.now() - started;
  const non2xx = status >= 300 ? 1 : 0;
  return {
    requestsPerSecond: 1000 / ms,
    p50Ms: ms,
    p90Ms: ms,
    p99Ms: ms,
    maxMs: ms,
    total: 1,
    non2xx,
    errors: 0,
    timeouts: 0,
    durationSeconds: ms / 1000,
  };
}

const figures = (list: LoadResult[]): NationalFigures => ({
  requestsPerSecond: median(list.map((r) => r.requestsPerSecond)),
  p50Ms: median(list.map((r) => r.p50Ms)),
  p99Ms: median(list.map((r) => r.p99Ms)),
  requests: list.reduce((sum, r) => sum + r.total, 0),
});

/**
 * Batch PDF rate, `--repeats` times: the ZIPs of `SCHOOL_ZIPS` schools one after another (each as
 * its principal, a different set per repeat), then a kabupaten Dinas ZIP read for a fixed time.
 */
async function measurePdf(
  args: BenchArgs,
  appUrl: string,
  sessions: NationalSessions,
): Promise<{ school: ZipRead[]; dinas: ZipRead[]; dinasLimitSeconds: number }> {
  const school: ZipRead[] = [];
  const dinas: ZipRead[] = [];
  const query = `periodId=${NATIONAL_PERIOD}`;
  for (let repeat = 0; repeat < args.repeats; repeat++) {
    progress(`national: ${SCHOOL_ZIPS} school ZIPs, repeat ${repeat + 1}/${args.repeats}`);
    for (let k = 0; k < SCHOOL_ZIPS; k++) {
      const user = sessions.principals[(repeat * SCHOOL_ZIPS + k) % sessions.principals.length]!;
      const path = `/api/schools/${user.areaId}/assessments/documents.zip?${query}`;
      school.push(await readZip({ appUrl, path, cookie: user.cookie }));
    }
    const official = sessions.kabupaten[repeat % sessions.kabupaten.length]!;
    progress(
      `national: Dinas ZIP for ${DINAS_ZIP_SECONDS} s, repeat ${repeat + 1}/${args.repeats}`,
    );
    const path = `/api/dinas/${official.areaId}/assessments/documents.zip?${query}`;
    dinas.push(
      await readZip({ appUrl, path, cookie: official.cookie, limitSeconds: DINAS_ZIP_SECONDS }),
    );
  }
  return { school, dinas, dinasLimitSeconds: DINAS_ZIP_SECONDS };
}
