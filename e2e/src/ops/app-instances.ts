import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../server.js';

const SERVER_BUNDLE = join(ROOT, 'apps/server/dist/server.js');

/** One app process of a cluster: its port and how to stop it, gently or not. */
export type Instance = {
  port: number;
  start: () => Promise<void>;
  /** SIGKILL: no shutdown hook runs, open requests and transactions die with the process. */
  kill: () => Promise<void>;
  stop: () => Promise<void>;
  output: () => string;
};

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/** Waits until the instance says it is ready (database up, migrations applied). */
async function waitReady(port: number, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance :${port} exited:\n${output()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`instance :${port} not ready within 120 s:\n${output()}`);
}

/** An app instance of the built server (`npm run build`) with the given environment ('' unsets). */
export function appInstance(port: number, env: Record<string, string>): Instance {
  if (!existsSync(SERVER_BUNDLE)) throw new Error('Build first: `npm run build`.');
  let child: ChildProcess | undefined;
  let log = '';
  return {
    port,
    output: () => log,
    start: async () => {
      log = '';
      const merged: Record<string, string | undefined> = { ...process.env, ...env };
      // An empty value unsets the variable (e.g. DATABASE_URL for an embedded instance).
      for (const [key, value] of Object.entries(env)) if (value === '') delete merged[key];
      const running = spawn(process.execPath, [SERVER_BUNDLE], {
        cwd: ROOT,
        env: { ...merged, PORT: String(port), HOST: '127.0.0.1' },
        stdio: 'pipe',
      });
      child = running;
      const keep = (c: Buffer) => (log = (log + c.toString()).slice(-20_000));
      running.stdout?.on('data', keep);
      running.stderr?.on('data', keep);
      await waitReady(port, running, () => log);
    },
    kill: async () => {
      if (!child) return;
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      if (!child) return;
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
