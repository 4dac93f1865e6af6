import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openContext } from '../../../apps/server/src/bootstrap.js';
import { loadConfig } from '../../../apps/server/src/config.js';
import { benchEnv, startAppUnderTest, type AppUnderTest } from '../app-under-test.js';
import type { BenchArgs, DbKind } from '../args.js';
import { databaseVersion } from '../database-version.js';
import { generateUploadPeople, signInAt, type UploadPeople } from '../generate/upload-dataset.js';
import { apiCaller, approvePlan2024 } from '../generate/upload-plans.js';
import { progress } from '../progress.js';
import { createTarget } from '../target-database.js';
import { startUploadWorker } from './upload-client.js';
import { startUploadFloor } from './upload-floor.js';
import { startUploadMemorySampler, type UploadMemory } from './upload-memory.js';
import {
  roundFigures,
  summariseRounds,
  type RoundFigures,
  type RoundSummary,
} from './upload-summary.js';
import type { UploadRoundResult, UploadRoundSpec, UploadTarget } from './upload-types.js';

/**
 * Period 2024-S1: plans are made in its planning window (January), evidence is uploaded in its
 * execution window (1 February – 31 May), domain.md §3.4. Instants in WIB.
 */
export const UPLOAD_PERIOD = {
  id: '2024-S1',
  planningAt: '2024-01-10T09:00:00+07:00',
  clockAt: '2024-03-05T09:00:00+07:00',
} as const;

/** Issue #5: 20 teachers uploading 10 MB PDFs at once (2 schools of 10). */
const CROWD = { schools: 2, teachersPerSchool: 10 };
/** Just under the 2024 rule set's 10 MiB limit (evidence.maxBytes). */
export const UPLOAD_BYTES = 10 * 2 ** 20 - 64 * 1024;
/** The competency slot every teacher uploads into, with the certificate details it needs. */
const SLOT = { code: 'pelatihan_mandiri', query: { kind: 'certificate', issuedOn: '2023-06-01' } };
const ROUND_TIMEOUT_SECONDS = 300;

/** Everything the upload scenario measured on one database. */
export type UploadReport = {
  scenario: 'upload';
  database: { kind: DbKind; version: string };
  period: { id: string; clockAt: string };
  setup: { teachers: number; seconds: number };
  load: { teachers: number; bytesPerUpload: number; rounds: number; slot: string };
  warmup: RoundFigures;
  /** Before each measured round, the same bodies to a bare route that drops them (upload-floor.ts). */
  floors: RoundFigures[];
  rounds: RoundFigures[];
  floor: RoundSummary;
  total: RoundSummary;
  /** The kernel's high-water mark of the whole benchmark process (setup and other scenarios included). */
  maxRssMiB: number;
};

/**
 * On a fresh database with a local blob store: 20 teachers with approved 2024-S1 plans, then a
 * warm-up round and `repeats` rounds in which all 20 upload a ~10 MB PDF into a competency slot at
 * the same moment, while this process (the server's) samples its own memory.
 */
export async function runUploadScenario(args: BenchArgs, kind: DbKind): Promise<UploadReport> {
  const target = await createTarget(kind, args.postgresUrl);
  // PGlite's data directory is already a fresh temporary one; PostgreSQL needs one for the blobs.
  const blobDir =
    kind === 'postgres' ? await mkdtemp(path.join(os.tmpdir(), 'kinerja-bench-')) : '';
  try {
    const env = { ...benchEnv(target), ...(blobDir ? { KINERJA_DATA_DIR: blobDir } : {}) };
    const clock = movableClock(UPLOAD_PERIOD.planningAt);
    const ctx = await openContext(loadConfig(env), clock.now);
    const started = performance.now();
    progress(`${kind}: upload — generating ${CROWD.schools} schools and their people`);
    const people = await generateUploadPeople(ctx.db, CROWD);
    await sql`analyze`.execute(ctx.db);
    const server = await startAppUnderTest(ctx);
    try {
      progress(`${kind}: upload — ${people.teachers.length} plans of ${UPLOAD_PERIOD.id} approved`);
      const planIds = await approvePlans(server, people);
      clock.set(UPLOAD_PERIOD.clockAt);
      const uploaders = await signInUploaders(server, people, planIds);
      const setup = { teachers: uploaders.length, seconds: (performance.now() - started) / 1000 };
      const round = (seed: string) => runRound(server, uploaders, seed);
      progress(`${kind}: upload warm-up round (${uploaders.length} × ${mb(UPLOAD_BYTES)} MB)`);
      const warmup = await round('warmup');
      if (warmup.errors > 0) {
        throw new Error(`upload warm-up round: ${warmup.errorSamples.join(' | ')}`);
      }
      const rounds: RoundFigures[] = [];
      const floors: RoundFigures[] = [];
      for (let r = 1; r <= args.repeats; r++) {
        progress(`${kind}: upload floor and round ${r}/${args.repeats}`);
        floors.push(await runFloorRound(uploaders.length));
        rounds.push(await round(`round-${r}`));
      }
      return {
        scenario: 'upload',
        database: { kind, version: await databaseVersion(ctx.db, kind) },
        period: { id: UPLOAD_PERIOD.id, clockAt: UPLOAD_PERIOD.clockAt },
        setup,
        load: {
          teachers: uploaders.length,
          bytesPerUpload: UPLOAD_BYTES,
          rounds: args.repeats,
          slot: SLOT.code,
        },
        warmup,
        floors,
        rounds,
        floor: summariseRounds(floors),
        total: summariseRounds(rounds),
        maxRssMiB: process.resourceUsage().maxRSS / 1024,
      };
    } finally {
      await server.close();
    }
  } finally {
    await target.dispose();
    if (blobDir) await rm(blobDir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** The server's clock: starts at `at`, runs on, and can be moved to another instant. */
function movableClock(at: string) {
  let offset = Date.parse(at) - Date.now();
  return {
    now: () => new Date(Date.now() + offset),
    set: (instant: string) => {
      offset = Date.parse(instant) - Date.now();
    },
  };
}

/** With the clock in the planning window: every teacher's plan made, submitted and approved. */
async function approvePlans(server: AppUnderTest, people: UploadPeople): Promise<string[]> {
  const { ctx } = server;
  const users = [...people.heads, ...people.teachers];
  const cookies = await signInAt(ctx.db, {
    users,
    now: ctx.clock(),
    ttlHours: ctx.config.sessionTtlHours,
  });
  const callers = await Promise.all(cookies.map((cookie) => apiCaller(server.appUrl, cookie)));
  const heads = callers.slice(0, people.heads.length);
  const planIds: string[] = [];
  for (const [index, teacher] of callers.slice(people.heads.length).entries()) {
    const head = heads[index % heads.length];
    if (!head) throw new Error('no head');
    planIds.push(await approvePlan2024({ teacher, head, periodId: UPLOAD_PERIOD.id }));
  }
  return planIds;
}

type Uploader = {
  cookie: string;
  csrfToken: string;
  planId: string;
  call: Awaited<ReturnType<typeof apiCaller>>['call'];
};

/** With the clock in the execution window: fresh sessions (they last hours, not months). */
async function signInUploaders(
  server: AppUnderTest,
  people: UploadPeople,
  planIds: string[],
): Promise<Uploader[]> {
  const { ctx } = server;
  const cookies = await signInAt(ctx.db, {
    users: people.teachers,
    now: ctx.clock(),
    ttlHours: ctx.config.sessionTtlHours,
  });
  return Promise.all(
    cookies.map(async (cookie, index) => {
      const caller = await apiCaller(server.appUrl, cookie);
      return {
        cookie,
        csrfToken: caller.csrfToken,
        planId: planIds[index] ?? '',
        call: caller.call,
      };
    }),
  );
}

/**
 * One round: each slot's current version read first (GET …/evidence, not measured), then all
 * uploads at once; afterwards each slot is read again to check that its new file was stored.
 */
async function runRound(
  server: AppUnderTest,
  uploaders: Uploader[],
  seed: string,
): Promise<RoundFigures> {
  const targets = await Promise.all(uploaders.map(targetOf));
  const { result, memory } = await uploadAtOnce({ appUrl: server.appUrl, targets, seed });
  const stored = await Promise.all(uploaders.map(targetOf));
  const replaced = stored.filter((t, i) => t.version > (targets[i]?.version ?? 0)).length;
  return roundFigures(result, memory, replaced);
}

/** The floor round: the same bodies to a bare route that reads and drops them (upload-floor.ts). */
async function runFloorRound(teachers: number): Promise<RoundFigures> {
  const floor = await startUploadFloor();
  try {
    const targets = Array.from({ length: teachers }, () => ({ path: floor.path, headers: {} }));
    const { result, memory } = await uploadAtOnce({ appUrl: floor.url, targets, seed: 'floor' });
    return roundFigures(result, memory, 0);
  } finally {
    await floor.close();
  }
}

/** Client process started and ready, then the memory sampler, then every upload at once. */
async function uploadAtOnce(input: {
  appUrl: string;
  targets: UploadTarget[];
  seed: string;
}): Promise<{ result: UploadRoundResult; memory: UploadMemory }> {
  const spec: UploadRoundSpec = {
    appUrl: input.appUrl,
    targets: input.targets.map(({ path, headers }) => ({ path, headers })),
    sizeBytes: UPLOAD_BYTES,
    seed: input.seed,
    timeoutSeconds: ROUND_TIMEOUT_SECONDS,
  };
  const worker = await startUploadWorker();
  const sampler = startUploadMemorySampler();
  let memory: UploadMemory;
  let result: UploadRoundResult;
  try {
    result = await worker.run(spec);
  } finally {
    memory = sampler.stop();
  }
  return { result, memory };
}

async function targetOf(uploader: Uploader): Promise<UploadTarget & { version: number }> {
  type Slot = { id: string; code: string; version: number };
  const list = await uploader.call<{ slots: Slot[] }>(
    'GET',
    `/api/plans/${uploader.planId}/evidence`,
  );
  const slot = list.slots.find((s) => s.code === SLOT.code);
  if (!slot) throw new Error(`plan ${uploader.planId} has no ${SLOT.code} slot`);
  const query = new URLSearchParams({ ...SLOT.query, version: String(slot.version) });
  return {
    path: `/api/plans/${uploader.planId}/evidence/${slot.id}/file?${query.toString()}`,
    headers: { cookie: uploader.cookie, 'x-csrf-token': uploader.csrfToken },
    version: slot.version,
  };
}
