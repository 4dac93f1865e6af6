import type { ImportedFile, ImportRun } from '../import/import-types.js';
import type { ImportReport } from '../scenarios/import-scenario.js';
import { num, table } from './table.js';

const MB = 1e6;
const TARGET_ROWS_PER_SECOND = 50_000;
const TARGET_RSS_MIB = 100;

/** The import scenario of one database as a plain-text block. */
export function formatImport(report: ImportReport): string {
  const { roster } = report;
  const title =
    `IMPORT — ${report.database.kind} (${report.database.version}) — schools CSV ${num(roster.schoolRows, 0)} rows ` +
    `(${num(roster.schoolsBytes / MB, 2)} MB) then PTK CSV ${num(roster.ptkRows, 0)} rows ` +
    `(${num(roster.ptkBytes / MB, 1)} MB), each import in its own process`;
  const speed = table(
    [
      '',
      'rows',
      'seconds',
      'rows/s',
      'PTK rows/s',
      'PTK check s',
      'PTK write s',
      'peak RSS +MiB',
      'peak heap +MiB',
      'max RSS MiB',
    ],
    [row('into empty database', report.first), row('re-import, same files', report.second)],
  );
  const changes = table(
    ['changes', 'schools new', 'schools updated', 'people new', 'people updated', 'principals set'],
    [
      changeRow('into empty database', report.first),
      changeRow('re-import, same files', report.second),
    ],
  );
  const target = `Target (issue 15 item 4, PostgreSQL, 3.4 million PTK rows): ≥ ${num(TARGET_ROWS_PER_SECOND, 0)} rows/s, peak RSS growth < ${TARGET_RSS_MIB} MiB.`;
  return `${title}\n${speed}\n${target}\n\n${changes}`;
}

function ptkFile(run: ImportRun): ImportedFile | undefined {
  return run.files.find((f) => f.kind === 'ptk');
}

function row(label: string, run: ImportRun): string[] {
  const ptk = ptkFile(run);
  return [
    label,
    num(run.rows, 0),
    num(run.seconds, 1),
    num(run.rowsPerSecond, 0),
    ptk ? num(ptk.rowsPerSecond, 0) : '-',
    ptk ? num(ptk.validateSeconds, 1) : '-',
    ptk ? num(ptk.writeSeconds, 1) : '-',
    num(run.memory.peakRssDeltaMiB, 0),
    num(run.memory.peakHeapUsedDeltaMiB, 0),
    num(run.memory.maxRssMiB, 0),
  ];
}

function changeRow(label: string, run: ImportRun): string[] {
  const total = (pick: (f: ImportedFile) => number) =>
    num(
      run.files.reduce((n, f) => n + pick(f), 0),
      0,
    );
  return [
    label,
    total((f) => f.summary.schoolsCreated),
    total((f) => f.summary.schoolsUpdated),
    total((f) => f.summary.peopleCreated),
    total((f) => f.summary.peopleUpdated),
    total((f) => f.summary.principalsSet),
  ];
}
