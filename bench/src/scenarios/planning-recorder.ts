import { percentile } from '../load/percentile.js';
import type { EndpointFigures } from './planning-types.js';

const MAX_SAMPLES = 5;

type Tally = { latencies: number[]; errors: number; conflicts: number };

/** Collects, per endpoint label, the latency of every answer and the unexpected ones. */
export class Recorder {
  private readonly tallies = new Map<string, Tally>();
  /** The first few unexpected answers, for the report. */
  readonly errorSamples: string[] = [];

  /** Records one answer (status 0 = socket error): 2xx, and 409 when allowed, are expected. */
  record(
    label: string,
    answer: { status: number; ms: number; detail: string; allowConflict: boolean },
  ): void {
    const { status, detail } = answer;
    const tally = this.tallyOf(label);
    tally.latencies.push(answer.ms);
    if (status === 409 && answer.allowConflict) tally.conflicts += 1;
    else if (status < 200 || status > 299) this.fail(label, `${status} ${detail}`);
  }

  /** Counts an error that is not an HTTP answer (e.g. a failed item of a bulk approval). */
  fail(label: string, detail: string): void {
    this.tallyOf(label).errors += 1;
    if (this.errorSamples.length < MAX_SAMPLES) {
      this.errorSamples.push(`${label}: ${detail.slice(0, 300)}`);
    }
  }

  /** Count, p50, p99, max, errors and conflicts per endpoint label. */
  figures(): Record<string, EndpointFigures> {
    const result: Record<string, EndpointFigures> = {};
    for (const [label, tally] of this.tallies) result[label] = figuresOf(tally);
    return result;
  }

  /** The same figures for every request together. */
  total(): EndpointFigures {
    const all = [...this.tallies.values()];
    return figuresOf({
      latencies: all.flatMap((tally) => tally.latencies),
      errors: all.reduce((n, tally) => n + tally.errors, 0),
      conflicts: all.reduce((n, tally) => n + tally.conflicts, 0),
    });
  }

  private tallyOf(label: string): Tally {
    let tally = this.tallies.get(label);
    if (!tally) {
      tally = { latencies: [], errors: 0, conflicts: 0 };
      this.tallies.set(label, tally);
    }
    return tally;
  }
}

function figuresOf(tally: Tally): EndpointFigures {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? 0,
    errors: tally.errors,
    conflicts: tally.conflicts,
  };
}
