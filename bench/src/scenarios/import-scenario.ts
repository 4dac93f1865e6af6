import { benchEnv, openBenchContext } from '../app-under-test.js';
import type { BenchArgs, DbKind } from '../args.js';
import type { RosterFiles } from '../generate/roster-csv.js';
import { runImportWorker } from '../import/import-client.js';
import type { ImportRun } from '../import/import-types.js';
import { progress } from '../progress.js';
import { createTarget } from '../target-database.js';

/** Everything the import scenario measured on one database. */
export type ImportReport = {
  scenario: 'import';
  database: { kind: DbKind; version: string };
  roster: { schoolRows: number; ptkRows: number; schoolsBytes: number; ptkBytes: number };
  /** Into an empty database. */
  first: ImportRun;
  /** The same files again: must change nothing (every summary count 0). */
  second: ImportRun;
};

/** Imports the schools then the PTK file into a fresh database, twice, each time in a new process. */
export async function runImportScenario(
  args: BenchArgs,
  kind: DbKind,
  files: RosterFiles,
): Promise<ImportReport> {
  const target = await createTarget(kind, args.postgresUrl);
  try {
    // Create and migrate the database here, so neither worker pays (or counts the memory of) PGlite's initdb.
    const ctx = await openBenchContext(target);
    await ctx.database.close();
    const job = { env: benchEnv(target), files: [files.schoolsFile, files.ptkFile] };
    progress(`${kind}: import into an empty database`);
    const first = await runImportWorker(job);
    progress(`${kind}: import the same files again`);
    const second = await runImportWorker(job);
    return {
      scenario: 'import',
      database: { kind, version: first.databaseVersion },
      roster: {
        schoolRows: args.rosterSchools,
        ptkRows: args.rosterRows,
        schoolsBytes: files.schoolsBytes,
        ptkBytes: files.ptkBytes,
      },
      first,
      second,
    };
  } finally {
    await target.dispose();
  }
}
