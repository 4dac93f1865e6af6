import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const SERVER_BUNDLE = join(ROOT, 'apps/server/dist/server.js');

/** The built server in a child process; `kill` is SIGKILL (no shutdown hook runs). */
export type ChildServer = {
  baseUrl: string;
  kill: () => Promise<void>;
  stop: () => Promise<void>;
  output: () => string;
};

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
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
 * Starts `node apps/server/dist/server.js` (build it first: `npm -w @kinerja/server run build`)
 * with the demo data on the given database environment, and waits until /api/health answers.
 */
export async function startChildServer(options: {
  port: number;
  env: Record<string, string>;
  /** How long seeding and start-up may take (the living demo year takes minutes on a busy machine). */
  healthTimeoutMs?: number;
}): Promise<ChildServer> {
  if (!existsSync(SERVER_BUNDLE)) {
    throw new Error('Build the server first: npm -w @kinerja/server run build');
  }
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [SERVER_BUNDLE], {
    cwd: ROOT,
    stdio: 'pipe',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(options.port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
  });
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const timeoutMs = options.healthTimeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`);
    if (Date.now() > deadline) {
      throw new Error(`server not healthy within ${timeoutMs / 1000} s:\n${log}`);
    }
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    output: () => log,
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child, 10_000);
    },
    stop: async () => {
      child.kill('SIGTERM');
      if (!(await exited(child, 15_000))) {
        child.kill('SIGKILL');
        await exited(child, 5_000);
      }
    },
  };
}
