// `npm run bench:crash`: kill -9 under write load, restart, check every acknowledged write (issue 12).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTarget } from '../target-database.js';
import { startChildServer, freePort } from './crash-server.js';
import {
  runWriter,
  seededRandom,
  takeBaseline,
  verifyWriter,
  type Check,
  type Writer,
} from './crash-writers.js';

type DbKind = 'pglite' | 'postgres';
type Options = {
  databases: DbKind[];
  kills: number;
  writers: number;
  seed: number;
  adminUrl: string;
};

const TEACHERS = [
  'siti.rahmawati@guru.sma.belajar.id',
  'andi.wijaya@guru.sma.belajar.id',
  'rina.marlina@guru.sma.belajar.id',
  'dewi.lestari@guru.sma.belajar.id',
  'hendra.gunawan@guru.sma.belajar.id',
  'yuni.astuti@guru.sma.belajar.id',
  'budi.santoso@guru.sd.belajar.id',
  'sri.wahyuni@guru.sd.belajar.id',
  'agus.salim@guru.sd.belajar.id',
  'maya.sari@guru.sd.belajar.id',
  'joko.prasetyo@guru.smp.belajar.id',
  'lina.marpaung@guru.smp.belajar.id',
];

const USAGE = `Usage: npm run bench:crash -- [--db=pglite|postgres|both] [--kills=10] [--writers=6] [--seed=N]
PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).`;

function parse(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--(db|kills|writers|seed)=(.+)$/.exec(arg);
    if (!match) throw new Error(`Unknown argument: ${arg}\n${USAGE}`);
    flags.set(match[1]!, match[2]!);
  }
  const int = (key: string, fallback: number, max = Number.MAX_SAFE_INTEGER) => {
    const value = Number(flags.get(key) ?? fallback);
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new Error(`--${key} must be an integer from 1 to ${max}\n${USAGE}`);
    }
    return value;
  };
  const db = flags.get('db') ?? 'both';
  if (!['pglite', 'postgres', 'both'].includes(db)) throw new Error(`--db=${db}?\n${USAGE}`);
  return {
    databases: db === 'both' ? ['pglite', 'postgres'] : [db as DbKind],
    kills: int('kills', 10),
    writers: int('writers', 6, TEACHERS.length),
    seed: int('seed', Math.floor(Math.random() * 2 ** 31)),
    adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  };
}

type Result = Check & { kind: DbKind; kills: number; acknowledged: number; tempLeft: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function tempFiles(dataDir: string): Promise<number> {
  const entries = await readdir(path.join(dataDir, 'blobs', 'tmp'), {
    recursive: true,
    withFileTypes: true,
  }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

async function runOne(kind: DbKind, options: Options): Promise<Result> {
  const random = seededRandom(options.seed);
  const target = await createTarget(kind, options.adminUrl);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'kinerja-crash-'));
  const dataDir = target.env.KINERJA_DATA_DIR ?? path.join(scratch, 'data');
  const env = { ...target.env, KINERJA_DATA_DIR: dataDir };
  const port = await freePort();
  const writers: Writer[] = TEACHERS.slice(0, options.writers).map((email) => ({
    email,
    live: new Map(),
    deleted: new Set(),
    pending: null,
    acknowledged: 0,
    baseline: new Set(),
  }));
  const result: Result = {
    kind,
    kills: 0,
    acknowledged: 0,
    tempLeft: 0,
    lost: 0,
    resurrected: 0,
    phantom: 0,
    uncertainApplied: 0,
  };
  let server = await startChildServer({ port, env });
  try {
    for (const writer of writers) await takeBaseline(server.baseUrl, writer);
    for (let round = 1; round <= options.kills; round++) {
      let isStopped = false;
      const load = writers.map((w) => runWriter(server.baseUrl, w, random, () => isStopped));
      // Kill at a random moment of the load (0.5–4 s), uploads and deletions in flight.
      await sleep(500 + Math.floor(random() * 3500));
      await server.kill();
      isStopped = true;
      await Promise.all(load);
      result.kills += 1;
      result.tempLeft = await tempFiles(dataDir);
      server = await startChildServer({ port, env });
      for (const writer of writers) {
        const check = await verifyWriter(server.baseUrl, writer);
        result.lost += check.lost;
        result.resurrected += check.resurrected;
        result.phantom += check.phantom;
        result.uncertainApplied += check.uncertainApplied;
      }
      const acknowledged = writers.reduce((sum, w) => sum + w.acknowledged, 0);
      console.error(
        `[crash] ${kind}: kill ${round}/${options.kills}, ${acknowledged} acknowledged writes, ` +
          `lost ${result.lost}, resurrected ${result.resurrected}, phantom ${result.phantom}`,
      );
    }
    result.acknowledged = writers.reduce((sum, w) => sum + w.acknowledged, 0);
  } finally {
    await server.stop();
    await target.dispose();
    await rm(scratch, { recursive: true, force: true });
  }
  return result;
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  console.log(
    `Crash test: seed ${options.seed}, ${options.kills} kills, ${options.writers} writers`,
  );
  const results: Result[] = [];
  for (const kind of options.databases) results.push(await runOne(kind, options));
  console.log(
    '\n| database | kills | acknowledged writes | lost | resurrected | phantom | in-flight applied | temp files left |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.kind} | ${r.kills} | ${r.acknowledged} | ${r.lost} | ${r.resurrected} | ${r.phantom} | ${r.uncertainApplied} | ${r.tempLeft} |`,
    );
  }
  console.log(`\nseed ${options.seed} (repeat with --seed=${options.seed})`);
  if (results.some((r) => r.lost + r.resurrected + r.phantom > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
