import { defineConfig } from 'vitest/config';

const serverProject = (name: string, env: Record<string, string>) => ({
  test: {
    name,
    include: ['apps/server/src/**/*.test.ts'],
    environment: 'node',
    env,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks' as const,
  },
});

/** The server suite runs on PGlite always, and again on a PostgreSQL server when TEST_DATABASE_URL is set (architecture.md §7). */
const serverProjects = [serverProject('server:pglite', { KINERJA_TEST_DB: 'pglite' })];
if (process.env.TEST_DATABASE_URL) {
  serverProjects.push(serverProject('server:postgres', { KINERJA_TEST_DB: 'postgres' }));
}

export default defineConfig({
  test: {
    // Vitest's default is one worker on a 2-core machine; server files spend much of their time
    // waiting on a database, so two workers keep both cores busy (architecture.md §7, CI budget).
    maxWorkers: 2,
    projects: [
      { test: { name: 'domain', include: ['packages/*/src/**/*.test.ts'], environment: 'node' } },
      ...serverProjects,
      {
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // user-event drives jsdom step by step; on a loaded 2-core CI machine a page test can take
          // several seconds, so the 5 s default would fail tests that are correct, only slow.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/src/**/*.test.ts'],
          // Production set-ups (nginx, several instances, backups) run apart: npm run test:ops.
          exclude: ['e2e/src/ops/**'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts its own server on its own port and database, so two files run side by
          // side: a browser test mostly waits on the server or the page, and CI stays under 45 minutes.
          fileParallelism: true,
        },
      },
      {
        test: {
          name: 'ops',
          include: ['e2e/src/ops/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
