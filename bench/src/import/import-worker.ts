// One roster import in its own process, so that its peak memory is its own. Spawned by
// import-client.ts with the job as JSON in argv; prints the result as one marked JSON line on stdout.
import { openContext } from '../../../apps/server/src/bootstrap.js';
import { loadConfig } from '../../../apps/server/src/config.js';
import type { AppContext } from '../../../apps/server/src/lib/context.js';
import { importRosterFile } from '../../../apps/server/src/modules/roster-import/import-roster.js';
import { databaseVersion } from '../database-version.js';
import { progress } from '../progress.js';
import {
  RESULT_MARKER,
  type ImportJob,
  type ImportedFile,
  type ImportRun,
} from './import-types.js';
import { startMemorySampler } from './memory-sampler.js';

async function importOne(ctx: AppContext, filePath: string): Promise<ImportedFile> {
  const start = performance.now();
  let writingAt: number | undefined;
  let reported = 0;
  const result = await importRosterFile(ctx, {
    filePath,
    actorId: null, // as the command-line import does: no signed-in person
    onProgress: (p) => {
      if (p.phase === 'writing' && writingAt === undefined) {
        writingAt = performance.now();
        reported = 0;
      }
      if (p.rowsProcessed - reported >= 25_000) {
        reported = p.rowsProcessed;
        progress(`  ${p.phase} ${p.kind ?? ''}: ${p.rowsProcessed} rows`);
      }
    },
  });
  const end = performance.now();
  if (!result.ok) {
    const first = result.errors.slice(0, 5).map((e) => e.message);
    throw new Error(
      `import of ${filePath} refused (${result.errorCount} errors):\n${first.join('\n')}`,
    );
  }
  const seconds = (end - start) / 1000;
  return {
    kind: result.kind,
    rows: result.rowsTotal,
    validateSeconds: ((writingAt ?? end) - start) / 1000,
    writeSeconds: (end - (writingAt ?? end)) / 1000,
    seconds,
    rowsPerSecond: result.rowsTotal / seconds,
    summary: result.summary,
  };
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '{}') as ImportJob;
  const ctx = await openContext(loadConfig(job.env));
  try {
    const sampler = startMemorySampler();
    const start = performance.now();
    const files: ImportedFile[] = [];
    for (const file of job.files) files.push(await importOne(ctx, file));
    const seconds = (performance.now() - start) / 1000;
    const memory = sampler.stop();
    const rows = files.reduce((n, f) => n + f.rows, 0);
    const version = await databaseVersion(ctx.db, ctx.database.kind);
    const run: ImportRun = {
      databaseVersion: version,
      files,
      rows,
      seconds,
      rowsPerSecond: rows / seconds,
      memory,
    };
    process.stdout.write(`${RESULT_MARKER}${JSON.stringify(run)}\n`);
  } finally {
    await ctx.database.close();
  }
}

main().catch((error: unknown) => {
  progress(
    `import worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
