import { DEADLINE_P99_MS, holds, type DeadlineReport } from '../scenarios/deadline-scenario.js';
import type { StepResult } from '../scenarios/deadline-types.js';
import { median } from './stats.js';
import { num, table } from './table.js';

/** The deadline-day scenario of one database as a plain-text block. */
export function formatDeadline(report: DeadlineReport): string {
  const { load, floors, setup } = report;
  const shedding =
    load.maxInFlight > 0 ? `shedding past ${load.maxInFlight} in flight` : 'no shedding';
  const title =
    `DEADLINE DAY — ${report.database.kind} (${report.database.version}) — ${setup.schools} schools, ` +
    `${setup.teachers} teachers (${setup.validPlans} complete drafts), fixed arrival rate, ` +
    `${load.stepSeconds} s per step, ${shedding}; floors at ${load.floorConnections} connections ` +
    `(medians of ${report.floorRuns.read.length} runs)`;
  const read = floors.read.requestsPerSecond;
  const write = floors.write.requestsPerSecond;
  const floorRows = [
    [
      'floor: 1 PK select',
      num(read),
      num(floors.read.p50Ms, 2),
      num(floors.read.p99Ms, 1),
      '1.000',
    ],
    [
      'floor: UPDATE by key + INSERT',
      num(write),
      num(floors.write.p50Ms, 2),
      num(floors.write.p99Ms, 1),
      num(write / read, 3),
    ],
  ];
  const holding = report.holdingRate;
  const verdict =
    holding === null
      ? `no step held p99 < ${DEADLINE_P99_MS} ms`
      : `highest rate holding p99 < ${DEADLINE_P99_MS} ms: ${holding} req/s = ` +
        `${num(holding / read, 3)} of the PK floor, ${num(holding / write, 3)} of the write floor`;
  const served =
    `most answered: ${num(report.servedRate)} 2xx/s = ${num(report.servedRate / read, 3)} of the ` +
    `PK floor, ${num(report.servedRate / write, 3)} of the write floor`;
  const steps = report.steps.map(stepRow);
  const stepHeader = [
    'offered req/s',
    'answered 2xx/s',
    'p50 ms',
    'p99 ms',
    'max ms',
    'errors',
    '503',
    'stand-ins',
    'holds',
  ];
  const last = report.steps.filter(holds).at(-1) ?? report.steps[0];
  const endpointRows = last
    ? Object.entries(last.endpoints)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([label, f]) => [label, String(f.count), num(f.p50Ms, 2), num(f.p99Ms, 1)])
    : [];
  const statementRows = report.statements.map((s) => [
    s.label,
    num(median(s.samples), 0),
    s.samples.join(' '),
  ]);
  const samples = report.steps.flatMap((step) => step.errorSamples);
  return [
    title,
    table(['floor', 'req/s', 'p50 ms', 'p99 ms', '÷ PK floor'], floorRows),
    '',
    table(stepHeader, steps),
    verdict,
    served,
    '',
    `per endpoint at ${last ? `${last.rate} req/s` : '-'}:`,
    table(['endpoint', 'requests', 'p50 ms', 'p99 ms'], endpointRows),
    '',
    'statements per request (each endpoint alone, begin/commit included):',
    table(['endpoint', 'median', 'samples'], statementRows),
    ...(samples.length ? [`first errors: ${samples.slice(0, 5).join(' | ')}`] : []),
  ].join('\n');
}

function stepRow(step: StepResult): string[] {
  return [
    String(step.rate),
    num(step.achievedPerSecond),
    num(step.total.p50Ms, 2),
    num(step.total.p99Ms, 1),
    num(step.total.maxMs, 0),
    String(step.total.errors),
    String(step.total.shed),
    String(step.substituted),
    holds(step) ? 'yes' : 'no',
  ];
}
