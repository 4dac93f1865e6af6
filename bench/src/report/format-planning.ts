import { PRINCIPAL_LABELS } from '../scenarios/planning-principal.js';
import type { PlanningReport } from '../scenarios/planning-scenario.js';
import type { PlanningFigures } from '../scenarios/planning-summary.js';
import { TEACHER_LABELS } from '../scenarios/planning-teacher.js';
import { num, table } from './table.js';

const ORDER: string[] = [...Object.values(TEACHER_LABELS), ...Object.values(PRINCIPAL_LABELS)];

/** The planning scenario of one database as a plain-text block. */
export function formatPlanning(report: PlanningReport): string {
  const { load, floor } = report;
  const title =
    `PLANNING — ${report.database.kind} (${report.database.version}) — period ${report.period.id}, ` +
    `clock from ${report.period.clockAt}; ${load.waves} waves of ${load.teachersPerWave} teachers ` +
    `+ ${load.principalsPerWave} principals at once, medians over the waves; floor at ` +
    `${load.floorConnections} connections, ${load.floorDurationSeconds} s before each wave`;
  const labels = [
    ...ORDER.filter((label) => label in report.endpoints),
    ...Object.keys(report.endpoints).filter((label) => !ORDER.includes(label)),
  ];
  const floorRow = [
    'floor: 1 PK select',
    num(
      report.floorRuns.reduce((n, run) => n + run.total, 0),
      0,
    ),
    num(floor.requestsPerSecond),
    num(floor.p50Ms, 2),
    num(floor.p99Ms, 1),
    num(1, 3),
    '-',
    '-',
  ];
  const rows = [
    floorRow,
    ...labels.map((label) => row(label, report.endpoints[label])),
    row('all planning requests', report.total),
  ];
  const header = ['', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'req/s ÷ floor', '409', 'errors'];
  const waves = report.waves.map((wave, index) => {
    const rate = num(wave.total.count / wave.seconds, 0);
    return (
      `wave ${index + 1}: ${num(wave.seconds, 1)} s, ${wave.total.count} requests (${rate}/s), ` +
      `${wave.teachersSubmitted} submitted, ${wave.plansApproved} approved ` +
      `(${wave.plansApprovedInBulk} in bulk)`
    );
  });
  const samples = [report.warmupWave, ...report.waves].flatMap((wave) => wave.errorSamples);
  const errors = samples.length ? [`first errors: ${samples.slice(0, 5).join(' | ')}`] : [];
  return [title, table(header, rows), ...waves, ...errors].join('\n');
}

function row(label: string, figures: PlanningFigures | undefined): string[] {
  if (!figures) return [label, '0', '-', '-', '-', '-', '-', '-'];
  return [
    label,
    num(figures.count, 0),
    num(figures.requestsPerSecond),
    num(figures.p50Ms, 2),
    num(figures.p99Ms, 1),
    num(figures.floorRatio, 3),
    String(figures.conflicts),
    String(figures.errors),
  ];
}
