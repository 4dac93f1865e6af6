import type { AuthMeasure } from '../scenarios/auth-requests.js';
import type { AuthReport } from '../scenarios/auth-scenario.js';
import { num, table } from './table.js';

const LABELS: Record<AuthMeasure, string> = {
  floor: 'floor: 1 PK select',
  me: 'GET /api/me',
  login: 'POST /api/auth/login',
};

/** The auth scenario of one database as a plain-text block. */
export function formatAuth(report: AuthReport): string {
  const { load, setup } = report;
  const title =
    `AUTH — ${report.database.kind} (${report.database.version}) — ${setup.schools} schools, ` +
    `${setup.users} users, ${load.connections} connections, median of ${load.repeats} × ` +
    `${load.durationSeconds} s (warm-up ${load.warmupSeconds} s each, interleaved)`;
  const rows = (['floor', 'me', 'login'] as const).map((measure) => {
    const m = report.medians[measure];
    const ratio = measure === 'floor' ? { throughput: 1, p50: 1 } : report.ratios[measure];
    return [
      LABELS[measure],
      num(m.requestsPerSecond),
      num(m.p50Ms, 2),
      num(m.p99Ms, 1),
      num(ratio.throughput, 3),
      num(ratio.p50, 1),
      report.runs[measure].map((r) => num(r.requestsPerSecond, 0)).join(' / '),
      String(report.failures[measure].non2xx),
      String(report.failures[measure].errors),
    ];
  });
  const header = ['', 'req/s', 'p50 ms', 'p99 ms', 'req/s ÷ floor', 'p50 ÷ floor'];
  header.push('req/s per repeat', 'non-2xx', 'errors');
  return `${title}\n${table(header, rows)}`;
}
