// `npm run bench`: the Kinerja benchmark. Prints figures; asserts nothing about time (architecture.md §7).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, type BenchArgs, type DbKind } from './args.js';
import { writeRosterCsv, type RosterFiles } from './generate/roster-csv.js';
import { startLoadClient } from './load/load-client.js';
import { machineInfo } from './machine.js';
import { progress } from './progress.js';
import { runBytesScenario, type BytesReport } from './bytes/run-bytes.js';
import { formatAuth } from './report/format-auth.js';
import { formatBytes } from './report/format-bytes.js';
import { formatDeadline } from './report/format-deadline.js';
import { formatImport } from './report/format-import.js';
import { formatMachine } from './report/format-machine.js';
import { formatNational } from './report/format-national.js';
import { formatPlanning } from './report/format-planning.js';
import { formatUpload } from './report/format-upload.js';
import { writeResults } from './results.js';
import { runAuthScenario, type AuthReport } from './scenarios/auth-scenario.js';
import { runDeadlineScenario, type DeadlineReport } from './scenarios/deadline-scenario.js';
import { runImportScenario, type ImportReport } from './scenarios/import-scenario.js';
import { runNationalScenario, type NationalReport } from './scenarios/national-scenario.js';
import { runPlanningScenario, type PlanningReport } from './scenarios/planning-scenario.js';
import { runUploadScenario, type UploadReport } from './scenarios/upload-scenario.js';

type Report =
  | AuthReport
  | ImportReport
  | PlanningReport
  | UploadReport
  | NationalReport
  | DeadlineReport
  | BytesReport;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const machine = machineInfo();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'kinerja-bench-roster-'));
  const reports: Report[] = [];
  try {
    const roster = args.scenarios.includes('import')
      ? await generateRoster(args, scratch)
      : undefined;
    for (const kind of args.databases) reports.push(...(await runDatabase(args, kind, roster)));
    // Bytes on the wire do not depend on the database: measured once, on the demo server.
    if (args.scenarios.includes('bytes')) reports.push(await runBytesScenario());
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const blocks = [formatMachine(machine, startedAt), ...reports.map(formatReport)];
  const file = await writeResults(startedAt, {
    startedAt,
    machine,
    args: publicArgs(args),
    reports,
  });
  console.log(`\n${blocks.join('\n\n')}\n\nRaw figures: ${file}`);
}

async function generateRoster(args: BenchArgs, dir: string): Promise<RosterFiles> {
  progress(`generating roster CSVs: ${args.rosterSchools} schools, ${args.rosterRows} PTK rows`);
  return writeRosterCsv({ dir, rows: args.rosterRows, schools: args.rosterSchools });
}

async function runDatabase(
  args: BenchArgs,
  kind: DbKind,
  roster: RosterFiles | undefined,
): Promise<Report[]> {
  const reports: Report[] = [];
  if (args.scenarios.includes('auth')) {
    const load = startLoadClient();
    try {
      reports.push(await runAuthScenario(args, kind, load));
    } finally {
      load.close();
    }
  }
  if (roster) reports.push(await runImportScenario(args, kind, roster));
  if (args.scenarios.includes('planning')) {
    const load = startLoadClient();
    try {
      reports.push(await runPlanningScenario(args, kind, load));
    } finally {
      load.close();
    }
  }
  if (args.scenarios.includes('deadline')) {
    const load = startLoadClient();
    try {
      reports.push(await runDeadlineScenario(args, kind, load));
    } finally {
      load.close();
    }
  }
  if (args.scenarios.includes('upload')) reports.push(await runUploadScenario(args, kind));
  if (args.scenarios.includes('national')) {
    const load = kind === 'postgres' ? startLoadClient() : undefined;
    try {
      reports.push(await runNationalScenario(args, kind, load));
    } finally {
      load?.close();
    }
  }
  return reports;
}

function formatReport(report: Report): string {
  if (report.scenario === 'auth') return formatAuth(report);
  if (report.scenario === 'planning') return formatPlanning(report);
  if (report.scenario === 'upload') return formatUpload(report);
  if (report.scenario === 'national') return formatNational(report);
  if (report.scenario === 'deadline') return formatDeadline(report);
  if (report.scenario === 'bytes') return formatBytes(report);
  return formatImport(report);
}

/** The arguments without the PostgreSQL URL, which may carry a password. */
function publicArgs(args: BenchArgs): Omit<BenchArgs, 'postgresUrl'> & { postgresHost: string } {
  const { postgresUrl, ...rest } = args;
  return { ...rest, postgresHost: new URL(postgresUrl).host };
}

main().catch((error: unknown) => {
  progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
