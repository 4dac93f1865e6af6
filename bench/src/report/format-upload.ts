import type { UploadReport } from '../scenarios/upload-scenario.js';
import type { RoundFigures, RoundSummary } from '../scenarios/upload-summary.js';
import { num, table } from './table.js';

const MiB = 2 ** 20;

/** The upload scenario of one database as a plain-text block. */
export function formatUpload(report: UploadReport): string {
  const { load } = report;
  const size = num(load.bytesPerUpload / 1e6, 2);
  const buffered = num((load.teachers * load.bytesPerUpload) / MiB, 0);
  const title =
    `UPLOAD — ${report.database.kind} (${report.database.version}) — period ${report.period.id}, ` +
    `clock from ${report.period.clockAt}; ${load.rounds} rounds (after a warm-up) of ` +
    `${load.teachers} teachers each uploading a ${size} MB PDF at once into slot ${load.slot}, ` +
    `local blob store; server memory sampled every 50 ms in its own process ` +
    `(holding every body at once would add ≥ ${buffered} MiB)`;
  const header = [
    '',
    'uploads',
    'MB',
    'seconds',
    'MB/s',
    'p50 s',
    'p99 s',
    'errors',
    'idle RSS MiB',
    'peak RSS MiB',
    'RSS +MiB',
    'heap +MiB',
    'buffers +MiB',
    'loop max ms',
  ];
  const rows = [
    summaryRow('floor: bare route, bytes dropped', report.floor),
    row('warm-up round', report.warmup),
    ...report.rounds.map((r, i) => row(`round ${i + 1}`, r)),
    summaryRow('all measured rounds', report.total),
  ];
  const stored = [report.warmup, ...report.rounds].map((r) => `${r.slotsReplaced}/${r.uploads}`);
  const ratio = report.total.megabytesPerSecond / report.floor.megabytesPerSecond;
  const notes = [
    `MB/s ÷ floor: ${num(ratio, 3)}; slots holding the new file after each round (warm-up ` +
      `first): ${stored.join(', ')}; max RSS of the whole benchmark process so far: ` +
      `${num(report.maxRssMiB, 0)} MiB`,
  ];
  const samples = [report.warmup, ...report.floors, ...report.rounds].flatMap(
    (r) => r.errorSamples,
  );
  if (samples.length) notes.push(`first errors: ${samples.slice(0, 5).join(' | ')}`);
  return [title, table(header, rows), ...notes].join('\n');
}

function summaryRow(label: string, total: RoundSummary): string[] {
  return [
    label,
    num(total.uploads, 0),
    num(total.megabytes, 0),
    num(total.seconds, 2),
    num(total.megabytesPerSecond, 1),
    num(total.p50Seconds, 2),
    num(total.p99Seconds, 2),
    String(total.errors),
    '-',
    num(total.peakRssMiB, 0),
    num(total.peakRssDeltaMiB, 0),
    num(total.peakHeapUsedDeltaMiB, 0),
    num(total.peakBuffersDeltaMiB, 0),
    num(total.eventLoopMaxMs, 0),
  ];
}

function row(label: string, r: RoundFigures): string[] {
  return [
    label,
    num(r.uploads, 0),
    num(r.megabytes, 0),
    num(r.seconds, 2),
    num(r.megabytesPerSecond, 1),
    num(r.p50Seconds, 2),
    num(r.p99Seconds, 2),
    String(r.errors),
    num(r.memory.baselineRssMiB, 0),
    num(r.memory.peakRssMiB, 0),
    num(r.memory.peakRssDeltaMiB, 0),
    num(r.memory.peakHeapUsedDeltaMiB, 0),
    num(r.memory.peakBuffersDeltaMiB, 0),
    num(r.memory.eventLoopMaxMs, 0),
  ];
}
