import { sql } from 'kysely';
import { openContext } from '../../../apps/server/src/bootstrap.js';
import { loadConfig } from '../../../apps/server/src/config.js';
import {
  benchEnv,
  prepareWriteFloor,
  startAppUnderTest,
  type AppUnderTest,
} from '../app-under-test.js';
import type { BenchArgs, DbKind } from '../args.js';
import { databaseVersion } from '../database-version.js';
import { BENCH_PASSWORD } from '../generate/organisation.js';
import { fillCompetencyIndicators } from '../generate/planning-catalogue.js';
import { generatePlanningDataset } from '../generate/planning-dataset.js';
import { insertRaporScores } from '../generate/planning-rapor.js';
import type { LoadClient } from '../load/load-client.js';
import type { LoadResult } from '../load/load-types.js';
import { progress } from '../progress.js';
import { median } from '../report/stats.js';
import { createTarget } from '../target-database.js';
import { startDeadlineClient, type DeadlineClient } from './deadline-client.js';
import type { PrepareResult, StatementFigures, StepResult } from './deadline-types.js';
import { PLANNING_PERIOD } from './planning-scenario.js';

/** The latency a rate must hold at the 99th percentile (issue 15). */
export const DEADLINE_P99_MS = 100;
/** The ladder stops at the first step answering fewer than this share of its offered rate. */
const SATURATED = 0.8;
const TEACHERS_PER_SCHOOL = 10;
const PROBE_REPEATS = 3;

/** Median figures of one floor over its runs. */
export type FloorSummary = { requestsPerSecond: number; p50Ms: number; p99Ms: number };

/** Everything the deadline-day scenario measured on one database. */
export type DeadlineReport = {
  scenario: 'deadline';
  database: { kind: DbKind; version: string };
  setup: { schools: number; teachers: number; validPlans: number; seconds: number };
  load: { stepSeconds: number; rates: number[]; maxInFlight: number; floorConnections: number };
  floorRuns: { read: LoadResult[]; write: LoadResult[] };
  floors: { read: FloorSummary; write: FloorSummary };
  statements: StatementFigures[];
  steps: StepResult[];
  /** The highest offered rate whose step held p99 < 100 ms with no error and nothing shed. */
  holdingRate: number | null;
  /** The most 2xx answers per second any step got, whatever its latency: the mix's capacity here. */
  servedRate: number;
};

/**
 * Deadline day (issue 15, domain.md §7): every teacher with a filled draft, principals checking, a
 * fixed arrival rate of a realistic mix stepped up until p99 passes 100 ms; beside it the read floor
 * (1 PK select) and the write floor (UPDATE by key + INSERT in one transaction), and the statements
 * one request of each endpoint sends.
 */
export async function runDeadlineScenario(
  args: BenchArgs,
  kind: DbKind,
  load: LoadClient,
): Promise<DeadlineReport> {
  const target = await createTarget(kind, args.postgresUrl);
  try {
    const env = benchEnv(target, { MAX_IN_FLIGHT_REQUESTS: String(args.maxInFlight) });
    const ctx = await openContext(loadConfig(env), startClockAt(PLANNING_PERIOD.clockAt));
    const started = performance.now();
    progress(`${kind}: deadline — generating ${args.deadlineSchools} schools and sessions`);
    const data = await generatePlanningDataset(ctx.db, {
      schools: args.deadlineSchools,
      teachersPerSchool: TEACHERS_PER_SCHOOL,
      now: ctx.clock(),
      ttlHours: ctx.config.sessionTtlHours,
    });
    const schoolIds = data.schools.map((school) => school.id);
    await insertRaporScores(ctx.db, { adminId: data.admin.id, schoolIds });
    const ids = data.users.map((user) => user.id);
    await prepareWriteFloor(ctx.db, ids);
    await sql`analyze`.execute(ctx.db);
    const server = await startAppUnderTest(ctx);
    const worker = startDeadlineClient();
    try {
      await fillCompetencyIndicators({
        appUrl: server.appUrl,
        adminCookie: data.admin.cookie,
        periodId: PLANNING_PERIOD.id,
      });
      progress(`${kind}: deadline — filling every teacher's plan through the API`);
      const headCount = args.deadlineSchools;
      const reply = await worker.send({
        type: 'prepare',
        setup: {
          appUrl: server.appUrl,
          floorUrl: server.floorUrl,
          schools: data.schools,
          loginEmails: data.users.slice(headCount).map((user) => user.email),
          password: BENCH_PASSWORD,
        },
      });
      const prepared = (reply as { prepared: PrepareResult }).prepared;
      // Planner statistics again, now that the plans exist.
      await sql`analyze`.execute(ctx.db);
      const setup = {
        schools: args.deadlineSchools,
        teachers: prepared.teachers,
        validPlans: prepared.validPlans,
        seconds: (performance.now() - started) / 1000,
      };
      const measured = await measure(args, { kind, load, server, worker, ids });
      return {
        scenario: 'deadline',
        database: { kind, version: await databaseVersion(ctx.db, kind) },
        setup,
        load: {
          stepSeconds: args.durationSeconds,
          rates: args.rates,
          maxInFlight: args.maxInFlight,
          floorConnections: args.connections,
        },
        ...measured,
      };
    } finally {
      worker.close();
      await server.close();
    }
  } finally {
    await target.dispose();
  }
}

function startClockAt(clockAt: string): () => Date {
  const offset = Date.parse(clockAt) - Date.now();
  return () => new Date(Date.now() + offset);
}

async function measure(
  args: BenchArgs,
  input: {
    kind: DbKind;
    load: LoadClient;
    server: AppUnderTest;
    worker: DeadlineClient;
    ids: string[];
  },
): Promise<Omit<DeadlineReport, 'scenario' | 'database' | 'setup' | 'load'>> {
  const { kind, server, worker } = input;
  progress(`${kind}: deadline — statements per request (each endpoint alone, ${PROBE_REPEATS}×)`);
  const probe = await worker.send({ type: 'probe', repeats: PROBE_REPEATS });
  const statements = (probe as { statements: StatementFigures[] }).statements;
  const floorOf = (method: 'GET' | 'POST', prefix: string) => ({
    url: server.floorUrl,
    connections: args.connections,
    requests: input.ids.map((id) => ({ method, path: `${prefix}/${id}` })),
  });
  const read = floorOf('GET', '/floor');
  const write = floorOf('POST', '/floor-write');
  const floorRuns = { read: [] as LoadResult[], write: [] as LoadResult[] };
  for (let repeat = 1; repeat <= args.repeats; repeat++) {
    progress(`${kind}: deadline floors, repeat ${repeat}/${args.repeats}`);
    for (const [spec, runs] of [
      [read, floorRuns.read],
      [write, floorRuns.write],
    ] as const) {
      await input.load.run({ ...spec, durationSeconds: args.warmupSeconds });
      runs.push(await input.load.run({ ...spec, durationSeconds: args.durationSeconds }));
    }
  }
  const steps: StepResult[] = [];
  let holdingRate: number | null = null;
  for (const rate of args.rates) {
    progress(`${kind}: deadline mix at ${rate} req/s for ${args.durationSeconds} s`);
    const reply = await worker.send({ type: 'step', rate, seconds: args.durationSeconds });
    const step = (reply as { step: StepResult }).step;
    steps.push(step);
    // The holding rate is the top of the unbroken run of holding steps from the lowest rate.
    if (holds(step) && steps.every(holds)) holdingRate = rate;
    // Past p99 the ladder goes on while the server keeps up, so the capacity shows even on a
    // machine too busy to hold 100 ms; it stops once the answers fall behind the arrivals.
    if (step.achievedPerSecond < SATURATED * rate) break;
  }
  const summary = (runs: LoadResult[]): FloorSummary => ({
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
  });
  return {
    floorRuns,
    floors: { read: summary(floorRuns.read), write: summary(floorRuns.write) },
    statements,
    steps,
    holdingRate,
    servedRate: Math.max(...steps.map((step) => step.achievedPerSecond)),
  };
}

/** A step holds when p99 < 100 ms and every request was answered 2xx (none shed, none failed). */
export const holds = (step: StepResult): boolean =>
  step.total.p99Ms < DEADLINE_P99_MS && step.total.errors === 0 && step.total.shed === 0;
