import type { NationalMeasure } from '../scenarios/national-requests.js';
import type { NationalFigures, NationalReport } from '../scenarios/national-scenario.js';
import type { ZipRead } from '../scenarios/national-zip.js';
import { median } from './stats.js';
import { num, table } from './table.js';

const LABELS: Record<NationalMeasure, string> = {
  periksa: 'Periksa: GET /api/schools/:id/plans',
  penilaian: 'Penilaian: GET /api/schools/:id/assessments',
  kabupaten: 'kabupaten: GET /api/dinas/:id/dashboard',
  province: 'province: GET /api/dashboards/provinces/:code',
  nation: 'nation: GET /api/dashboards/provinces',
};

const mib = (bytes: number) => num(bytes / 1024 / 1024, 0);

function verdict(p99: number, target: number | null): string {
  if (target === null) return '-';
  return p99 < target ? 'yes' : 'NO';
}

function targetLabel(target: number | null): string {
  if (target === null) return '-';
  return target >= 1000 ? `p99 < ${target / 1000} s` : `p99 < ${target} ms`;
}

function zipRow(label: string, reads: ZipRead[]): string[] {
  const documents = reads.reduce((sum, r) => sum + r.documents, 0);
  const seconds = reads.reduce((sum, r) => sum + r.seconds, 0);
  const megabytes = reads.reduce((sum, r) => sum + r.bytes, 0) / 1e6;
  const perRead = reads.map((r) => (r.seconds > 0 ? r.documents / r.seconds : 0));
  return [
    label,
    String(reads.length),
    num(documents, 0),
    num(megabytes, 1),
    num(seconds, 1),
    num(seconds > 0 ? documents / seconds : 0, 1),
    reads.length ? num(median(perRead), 1) : '-',
  ];
}

/** The national scenario as a plain-text block. */
export function formatNational(report: NationalReport): string {
  if (!('dataset' in report)) return `NATIONAL — pglite — skipped: ${report.skipped}`;
  const { load, dataset } = report;
  const title =
    `NATIONAL — postgres (${report.database.version}) — ${num(dataset.teachers, 0)} teachers in ` +
    `${num(dataset.schools, 0)} schools, period 2025; ${load.principals} random principals, ` +
    `${load.kabupaten} kabupaten Dinas, 38 provinces; median of ${load.repeats} × ` +
    `${load.durationSeconds} s (warm-up ${load.warmupSeconds} s each, interleaved)`;
  const header = ['', 'cold ms', '1 conn: p50 ms', 'p99 ms', 'req/s'];
  header.push(`${load.connections} conn: p50 ms`, 'p99 ms', 'req/s', 'target', 'met (1 / N)');
  header.push('non-2xx', 'errors');
  const rows: string[][] = [];
  for (const measure of Object.keys(LABELS) as NationalMeasure[]) {
    const m = report.medians[measure];
    const target = report.targets[measure];
    if (!m) {
      rows.push([LABELS[measure], 'route missing: not measured']);
      continue;
    }
    // A run in which no answer arrived (each took longer than the run) has no latency to show.
    // A measurement timed request by request has no concurrent run (`skipped`).
    const cells = (f: NationalFigures | null, p50Digits: number): string[] =>
      f === null
        ? ['skipped', '-', '-']
        : f.requests === 0
          ? ['none', 'none', num(0, 1)]
          : [num(f.p50Ms, p50Digits), num(f.p99Ms, 1), num(f.requestsPerSecond, 1)];
    const met = (f: NationalFigures | null) =>
      f === null ? '-' : f.requests === 0 ? 'NO' : verdict(f.p99Ms, target);
    rows.push([
      LABELS[measure],
      num(report.coldMs[measure] ?? 0, 1),
      ...cells(m.single, 2),
      ...cells(m.concurrent, 1),
      targetLabel(target),
      target === null ? '-' : `${met(m.single)} / ${met(m.concurrent)}`,
      String(report.failures[measure]?.non2xx ?? 0),
      String(report.failures[measure]?.errors ?? 0),
    ]);
  }
  const perRepeat = (Object.keys(LABELS) as NationalMeasure[])
    .filter((measure) => report.runs[measure])
    .map((measure) => {
      const runs = report.runs[measure]!;
      const fmt = (list: typeof runs.single) =>
        list.map((r) => num(r.requestsPerSecond, 0)).join(' / ');
      const concurrent = runs.concurrent.length
        ? `; ${load.connections} conn ${fmt(runs.concurrent)} req/s`
        : '';
      return `  ${measure}: 1 conn ${fmt(runs.single)} req/s${concurrent}`;
    });
  const notes = report.sequential.map(
    (measure) =>
      `  ${measure}: one request took longer than half a run, so it was timed one request at a ` +
      `time (${load.repeats} requests, p99 = the slowest) and not run at ${load.connections} connections`,
  );
  const pdfHeader = ['Batch PDF (Dokumen Evaluasi Kinerja)', 'ZIPs', 'documents', 'MB'];
  pdfHeader.push('seconds', 'documents/s', 'median per ZIP');
  const pdfRows = [
    zipRow('school ZIPs, one after another', report.pdf.school),
    zipRow(
      `kabupaten Dinas ZIP, aborted after ${report.pdf.dinasLimitSeconds} s`,
      report.pdf.dinas,
    ),
  ];
  const generated =
    `${dataset.reused ? 'kept' : 'generated now'}: database ${dataset.name} (${dataset.generatorVersion}), ` +
    `generated ${dataset.generatedAt.slice(0, 16).replace('T', ' ')} UTC in ` +
    `${num(dataset.generationSeconds / 60, 1)} min (of which VACUUM ANALYZE ` +
    `${num(dataset.vacuumSeconds / 60, 1)} min), ${mib(dataset.databaseBytes)} MiB on disk`;
  const sizes = dataset.tables.map((t) => `${t.table} ${num(t.rows, 0)} (${mib(t.bytes)} MiB)`);
  return [
    title,
    table(header, rows),
    'req/s per repeat:',
    ...perRepeat,
    ...notes,
    '',
    table(pdfHeader, pdfRows),
    '',
    generated,
    `dashboard rollup (migration 0011) refreshed before measuring: ${num(report.rollup.schools, 0)} schools in ${num(report.rollup.seconds, 0)} s`,
    `rows (estimate) and size with indexes: ${sizes.join(', ')}`,
  ].join('\n');
}
