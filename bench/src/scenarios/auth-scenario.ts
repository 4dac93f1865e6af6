import type { AppContext } from '../../../apps/server/src/lib/context.js';
import { startAppUnderTest, openBenchContext } from '../app-under-test.js';
import type { BenchArgs, DbKind } from '../args.js';
import { databaseVersion } from '../database-version.js';
import { createSessions } from '../generate/sessions.js';
import { generateOrganisation } from '../generate/organisation.js';
import type { LoadClient } from '../load/load-client.js';
import type { LoadResult } from '../load/load-types.js';
import { progress } from '../progress.js';
import { median } from '../report/stats.js';
import { createTarget } from '../target-database.js';
import { AUTH_MEASURES, authRequests, smokeTest, type AuthMeasure } from './auth-requests.js';

/** Median figures of one measurement over the repeats. */
export type AuthFigures = { requestsPerSecond: number; p50Ms: number; p99Ms: number };

/** Everything the auth scenario measured on one database. */
export type AuthReport = {
  scenario: 'auth';
  database: { kind: DbKind; version: string };
  setup: { schools: number; users: number; sessions: number; seconds: number };
  load: { connections: number; durationSeconds: number; warmupSeconds: number; repeats: number };
  runs: Record<AuthMeasure, LoadResult[]>;
  medians: Record<AuthMeasure, AuthFigures>;
  /** me or login divided by floor: throughput (below 1 = slower) and p50 latency (above 1 = slower). */
  ratios: Record<'me' | 'login', { throughput: number; p50: number }>;
  /** Non-2xx answers and socket errors over every run, warm-ups included; 0 means every request succeeded. */
  failures: Record<AuthMeasure, { non2xx: number; errors: number }>;
};

/** Runs floor, me and login interleaved `repeats` times on a fresh database of `kind`. */
export async function runAuthScenario(
  args: BenchArgs,
  kind: DbKind,
  load: LoadClient,
): Promise<AuthReport> {
  const target = await createTarget(kind, args.postgresUrl);
  try {
    const ctx = await openBenchContext(target);
    const data = await seedAuthData(args, ctx);
    const version = await databaseVersion(ctx.db, kind);
    const server = await startAppUnderTest(ctx);
    try {
      const targets = authRequests({ ...data, appUrl: server.appUrl, floorUrl: server.floorUrl });
      await smokeTest(targets);
      const { runs, failures } = await measureInterleaved(args, kind, load, targets);
      return {
        scenario: 'auth',
        database: { kind, version },
        setup: {
          schools: args.schools,
          users: data.users.length,
          sessions: data.cookies.length,
          seconds: data.seconds,
        },
        load: loadSettings(args),
        runs,
        failures,
        ...summarise(runs),
      };
    } finally {
      await server.close();
    }
  } finally {
    await target.dispose();
  }
}

const loadSettings = (args: BenchArgs): AuthReport['load'] => ({
  connections: args.connections,
  durationSeconds: args.durationSeconds,
  warmupSeconds: args.warmupSeconds,
  repeats: args.repeats,
});

/** Generates the organisation and one session per user; times it. */
async function seedAuthData(args: BenchArgs, ctx: AppContext) {
  const start = performance.now();
  const kind = ctx.database.kind;
  progress(
    `${kind}: generating ${args.schools} schools, ${args.teachers} users and their sessions`,
  );
  const users = await generateOrganisation(ctx.db, {
    schools: args.schools,
    teachers: args.teachers,
  });
  const cookies = await createSessions(ctx.db, {
    users,
    now: ctx.clock(),
    ttlHours: ctx.config.sessionTtlHours,
  });
  return { users, cookies, seconds: (performance.now() - start) / 1000 };
}

async function measureInterleaved(
  args: BenchArgs,
  kind: DbKind,
  load: LoadClient,
  targets: ReturnType<typeof authRequests>,
): Promise<Pick<AuthReport, 'runs' | 'failures'>> {
  const runs: AuthReport['runs'] = { floor: [], me: [], login: [] };
  const failures: AuthReport['failures'] = {
    floor: { non2xx: 0, errors: 0 },
    me: { non2xx: 0, errors: 0 },
    login: { non2xx: 0, errors: 0 },
  };
  const base = { connections: args.connections };
  for (let repeat = 1; repeat <= args.repeats; repeat++) {
    for (const measure of AUTH_MEASURES) {
      progress(`${kind}: auth ${measure}, repeat ${repeat}/${args.repeats}`);
      const warm = await load.run({
        ...base,
        ...targets[measure],
        durationSeconds: args.warmupSeconds,
      });
      const result = await load.run({
        ...base,
        ...targets[measure],
        durationSeconds: args.durationSeconds,
      });
      runs[measure].push(result);
      failures[measure].non2xx += warm.non2xx + result.non2xx;
      failures[measure].errors += warm.errors + result.errors;
    }
  }
  return { runs, failures };
}

function summarise(runs: AuthReport['runs']): Pick<AuthReport, 'medians' | 'ratios'> {
  const figures = (list: LoadResult[]): AuthFigures => ({
    requestsPerSecond: median(list.map((r) => r.requestsPerSecond)),
    p50Ms: median(list.map((r) => r.p50Ms)),
    p99Ms: median(list.map((r) => r.p99Ms)),
  });
  const medians = { floor: figures(runs.floor), me: figures(runs.me), login: figures(runs.login) };
  const ratio = (measure: 'me' | 'login') => ({
    throughput: medians[measure].requestsPerSecond / medians.floor.requestsPerSecond,
    p50: medians[measure].p50Ms / medians.floor.p50Ms,
  });
  return { medians, ratios: { me: ratio('me'), login: ratio('login') } };
}
