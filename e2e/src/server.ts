import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createMigratedPostgresDatabase,
  dropPostgresDatabase,
} from '../../apps/server/src/test/test-database.js';

/** Repository root (e2e/src → ../..). */
export const ROOT = resolve(import.meta.dirname, '../..');
const SERVER_BUNDLE = join(ROOT, 'apps/server/dist/server.js');
const WEB_INDEX = join(ROOT, 'apps/web/dist/index.html');

/** A real Kinerja server in a child process, on its own port and fresh database. */
export type RunningServer = {
  baseUrl: string;
  port: number;
  /** Stops the server and deletes its data. */
  stop: () => Promise<void>;
  /**
   * Stops the process and starts it again on the same port and the SAME data (PGlite directory or
   * PostgreSQL database), with the test clock moved to `clock` (KINERJA_START_CLOCK_AT) and any
   * extra env — how a test moves through the stages of a year. Sessions survive (they are data).
   */
  restart: (options?: { clock?: string; env?: Record<string, string> }) => Promise<void>;
};

/** A free TCP port on 127.0.0.1 (the OS picks; the socket closes before the server binds it). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * A fresh PostgreSQL database when TEST_DATABASE_URL is set (a copy of the migrated template the
 * server suite uses), else none (the server uses PGlite).
 */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return null;
  const url = await createMigratedPostgresDatabase(adminUrl, 'kinerja_e2e');
  return { url: url.toString(), drop: () => dropPostgresDatabase(adminUrl, url) };
}

const START_MS = Number(process.env.E2E_SERVER_START_MS ?? 90_000);

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  // A loaded shared machine may need longer to migrate and seed: E2E_SERVER_START_MS raises it.
  const deadline = Date.now() + START_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Server exited with code ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Server did not become healthy within ${START_MS / 1000} s:\n${output()}`);
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/**
 * Starts `node apps/server/dist/server.js` (built by `npm run build`) with demo data on a fresh
 * PGlite directory, or a fresh PostgreSQL database when TEST_DATABASE_URL is set.
 */
export async function startServer(
  options: { port?: number; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  if (!existsSync(SERVER_BUNDLE) || !existsSync(WEB_INDEX)) {
    throw new Error('Build first: `npm run build` (npm run test:e2e does it for you).');
  }
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'kinerja-e2e-'));
  const database = await freshDatabase();
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    KINERJA_DATA_DIR: dataDir,
    DATABASE_URL: database?.url,
    SEED_DEMO: 'true',
    // The suites walk their own year from an empty one at the dates they set; `npm start` seeds
    // the living year at today's stage instead (issue 13 item 4). A suite may ask for 'living'.
    SEED_DEMO_YEAR: 'empty',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  let child: ChildProcess | undefined;
  let log = '';
  const launch = async (extra: Record<string, string | undefined>) => {
    log = '';
    const running = spawn(process.execPath, [SERVER_BUNDLE], {
      cwd: ROOT,
      env: { ...env, ...extra },
      stdio: 'pipe',
    });
    child = running;
    const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000));
    running.stdout?.on('data', keep);
    running.stderr?.on('data', keep);
    await waitForHealth(baseUrl, running, () => log);
  };
  const halt = async () => {
    if (!child) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 15_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  };
  const stop = async () => {
    await halt();
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  };
  let current: Record<string, string | undefined> = {};
  const restart: RunningServer['restart'] = async (next = {}) => {
    await halt();
    current = {
      ...current,
      ...next.env,
      ...(next.clock ? { KINERJA_START_CLOCK_AT: next.clock } : {}),
    };
    try {
      await launch(current);
    } catch (error) {
      await stop();
      throw error;
    }
  };
  try {
    await launch(current);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, port, stop, restart };
}
