import { sql } from 'kysely';
import { openContext } from '../../../apps/server/src/bootstrap.js';
import { loadConfig } from '../../../apps/server/src/config.js';
import type { AppContext } from '../../../apps/server/src/lib/context.js';
import { benchEnv, startAppUnderTest, type AppUnderTest } from '../app-under-test.js';
import type { BenchArgs, DbKind } from '../args.js';
import { databaseVersion } from '../database-version.js';
import { fillCompetencyIndicators } from '../generate/planning-catalogue.js';
import { generatePlanningDataset, type PlanningSchool } from '../generate/planning-dataset.js';
import { insertRaporScores } from '../generate/planning-rapor.js';
import type { LoadClient } from '../load/load-client.js';
import type { LoadResult } from '../load/load-types.js';
import { progress } from '../progress.js';
import { createTarget } from '../target-database.js';
import { runWaveInWorker } from './planning-client.js';
import {
  floorFigures,
  summariseWaves,
  type FloorFigures,
  type PlanningFigures,
} from './planning-summary.js';
import type { WaveResult, WaveSpec } from './planning-types.js';

/** The period planned and the instant the server's clock starts at: 2026, inside its planning window. */
export const PLANNING_PERIOD = { id: '2026', clockAt: '2026-01-10T09:00:00+07:00' } as const;

/** Size of one wave: issue #4 asks for 200 teachers filling and submitting at once. */
const WAVE = { schools: 20, teachersPerSchool: 10 };
/** A small discarded first wave, so the measured waves do not pay for cold code paths. */
const WARMUP_SCHOOLS = 2;
const POLL_MS = 500;
const WAVE_TIMEOUT_SECONDS = 600;

/** Everything the planning scenario measured on one database. */
export type PlanningReport = {
  scenario: 'planning';
  database: { kind: DbKind; version: string };
  period: { id: string; clockAt: string };
  setup: { schools: number; people: number; seconds: number };
  load: {
    teachersPerWave: number;
    principalsPerWave: number;
    waves: number;
    pollMs: number;
    floorConnections: number;
    floorDurationSeconds: number;
    warmupSeconds: number;
  };
  floorRuns: LoadResult[];
  floor: FloorFigures;
  warmupWave: WaveResult;
  waves: WaveResult[];
  endpoints: Record<string, PlanningFigures>;
  total: PlanningFigures;
};

/**
 * On a fresh database of `kind` with the server's clock inside the 2026 planning window: a warm-up
 * wave, then `repeats` waves of 200 teachers filling and submitting while their 20 principals
 * approve, each wave after a floor run, interleaved as in the auth scenario.
 */
export async function runPlanningScenario(
  args: BenchArgs,
  kind: DbKind,
  load: LoadClient,
): Promise<PlanningReport> {
  const target = await createTarget(kind, args.postgresUrl);
  try {
    const ctx = await openContext(loadConfig(benchEnv(target)), startClockAt(PLANNING_PERIOD));
    const started = performance.now();
    const schoolCount = WARMUP_SCHOOLS + WAVE.schools * args.repeats;
    progress(`${kind}: planning — generating ${schoolCount} schools, their people and sessions`);
    const data = await generatePlanningDataset(ctx.db, {
      schools: schoolCount,
      teachersPerSchool: WAVE.teachersPerSchool,
      now: ctx.clock(),
      ttlHours: ctx.config.sessionTtlHours,
    });
    const schoolIds = data.schools.map((school) => school.id);
    await insertRaporScores(ctx.db, { adminId: data.admin.id, schoolIds });
    // Planner statistics, as autovacuum would have them on a live database.
    await sql`analyze`.execute(ctx.db);
    const server = await startAppUnderTest(ctx);
    try {
      await fillCompetencyIndicators({
        appUrl: server.appUrl,
        adminCookie: data.admin.cookie,
        periodId: PLANNING_PERIOD.id,
      });
      const setup = {
        schools: schoolCount,
        people: data.users.length,
        seconds: (performance.now() - started) / 1000,
      };
      const floorIds = data.users.map((user) => user.id);
      const measured = await measure(args, { kind, load, server, floorIds, schools: data.schools });
      return report(args, { kind, version: await databaseVersion(ctx.db, kind), setup, measured });
    } finally {
      await server.close();
    }
  } finally {
    await target.dispose();
  }
}

/** The server's clock, starting at the given instant and running on from there. */
function startClockAt(period: { clockAt: string }): AppContext['clock'] {
  const offset = Date.parse(period.clockAt) - Date.now();
  return () => new Date(Date.now() + offset);
}

type Measured = { floorRuns: LoadResult[]; warmupWave: WaveResult; waves: WaveResult[] };

async function measure(
  args: BenchArgs,
  input: {
    kind: DbKind;
    load: LoadClient;
    server: AppUnderTest;
    floorIds: string[];
    schools: PlanningSchool[];
  },
): Promise<Measured> {
  const { kind, server } = input;
  const waveOf = (from: number, count: number) =>
    waveSpec(server.appUrl, input.schools.slice(from, from + count));
  progress(`${kind}: planning warm-up wave (${WARMUP_SCHOOLS} schools)`);
  const warmupWave = await runWaveInWorker(waveOf(0, WARMUP_SCHOOLS));
  requireComplete('warm-up wave', warmupWave, WARMUP_SCHOOLS * WAVE.teachersPerSchool);
  const floor = {
    url: server.floorUrl,
    connections: args.connections,
    requests: input.floorIds.map((id) => ({ method: 'GET' as const, path: `/floor/${id}` })),
  };
  const floorRuns: LoadResult[] = [];
  const waves: WaveResult[] = [];
  for (let repeat = 1; repeat <= args.repeats; repeat++) {
    progress(`${kind}: planning floor, repeat ${repeat}/${args.repeats}`);
    await input.load.run({ ...floor, durationSeconds: args.warmupSeconds });
    floorRuns.push(await input.load.run({ ...floor, durationSeconds: args.durationSeconds }));
    progress(`${kind}: planning wave ${repeat}/${args.repeats} (200 teachers, 20 principals)`);
    const from = WARMUP_SCHOOLS + (repeat - 1) * WAVE.schools;
    waves.push(await runWaveInWorker(waveOf(from, WAVE.schools)));
  }
  return { floorRuns, warmupWave, waves };
}

function waveSpec(appUrl: string, schools: PlanningSchool[]): WaveSpec {
  return {
    appUrl,
    teachers: schools.flatMap((school, schoolIndex) =>
      school.teacherCookies.map((cookie) => ({ cookie, schoolIndex })),
    ),
    principals: schools.map((school) => ({
      cookie: school.principalCookie,
      schoolId: school.id,
      teachers: school.teacherCookies.length,
    })),
    pollMs: POLL_MS,
    timeoutSeconds: WAVE_TIMEOUT_SECONDS,
  };
}

/** The warm-up wave doubles as the smoke test: every plan submitted and approved, no error. */
function requireComplete(name: string, wave: WaveResult, teachers: number): void {
  const isComplete =
    wave.teachersSubmitted === teachers && wave.plansApproved === teachers && !wave.total.errors;
  if (!isComplete) {
    const counts = `${wave.teachersSubmitted} submitted, ${wave.plansApproved} approved of ${teachers}`;
    throw new Error(`${name}: ${counts}; errors: ${wave.errorSamples.join(' | ') || 'none'}`);
  }
}

function report(
  args: BenchArgs,
  input: {
    kind: DbKind;
    version: string;
    setup: PlanningReport['setup'];
    measured: Measured;
  },
): PlanningReport {
  const { measured } = input;
  const floor = floorFigures(measured.floorRuns);
  const summary = summariseWaves({ measured: measured.waves, warmup: measured.warmupWave, floor });
  return {
    scenario: 'planning',
    database: { kind: input.kind, version: input.version },
    period: { ...PLANNING_PERIOD },
    setup: input.setup,
    load: {
      teachersPerWave: WAVE.schools * WAVE.teachersPerSchool,
      principalsPerWave: WAVE.schools,
      waves: args.repeats,
      pollMs: POLL_MS,
      floorConnections: args.connections,
      floorDurationSeconds: args.durationSeconds,
      warmupSeconds: args.warmupSeconds,
    },
    floorRuns: measured.floorRuns,
    floor,
    warmupWave: measured.warmupWave,
    waves: measured.waves,
    ...summary,
  };
}
