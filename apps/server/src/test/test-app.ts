import type { FastifyInstance, RouteOptions } from 'fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { migrate } from '../db/migrate.js';
import { createLocalBlobStore } from '../lib/blob-store/index.js';
import type { AppContext } from '../lib/context.js';
import { withBlobRegistry } from '../modules/storage/blob-registry.js';
import { seedPeriodsAndRuleSets } from '../modules/periods/seed-periods.js';
import { openFreshDatabase } from './test-database.js';

/** A running app on a fresh database, with a clock the test can move. */
export type TestApp = {
  app: FastifyInstance;
  ctx: AppContext;
  setNow: (iso: string) => void;
  /** Root of this app's local blob store (a temporary directory, removed afterwards). */
  blobRoot: string;
};

/** Default test instant: 2 March 2026, 10:00 WIB — inside period 2026. */
export const DEFAULT_NOW = '2026-03-02T03:00:00.000Z';

/** Builds the app on a fresh database before the file's tests and drops it after. */
export function useTestApp(
  options: {
    env?: Record<string, string>;
    now?: string;
    onRoute?: (route: RouteOptions) => void;
  } = {},
): () => TestApp {
  let testApp: TestApp | undefined;
  let drop: (() => Promise<void>) | undefined;
  let blobDir: string | undefined;
  beforeAll(async () => {
    const fresh = await openFreshDatabase();
    drop = fresh.drop;
    await migrate(fresh.database);
    await seedPeriodsAndRuleSets(fresh.database.db, new Date(options.now ?? DEFAULT_NOW));
    let now = new Date(options.now ?? DEFAULT_NOW);
    const config: Config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
    blobDir = await mkdtemp(join(tmpdir(), 'kinerja-blobs-'));
    const blobRoot = join(blobDir, 'blobs');
    const clock = () => now;
    const blobs = withBlobRegistry(createLocalBlobStore(blobRoot), fresh.database.db, clock);
    const ctx: AppContext = {
      config,
      database: fresh.database,
      db: fresh.database.db,
      clock,
      blobs,
    };
    const app = await buildApp(ctx, { logger: false, onRoute: options.onRoute });
    await app.ready();
    testApp = { app, ctx, setNow: (iso) => (now = new Date(iso)), blobRoot };
  });
  afterAll(async () => {
    await testApp?.app.close();
    await drop?.();
    if (blobDir) await rm(blobDir, { recursive: true, force: true });
  });
  return () => {
    if (!testApp) throw new Error('useTestApp: app not ready');
    return testApp;
  };
}
