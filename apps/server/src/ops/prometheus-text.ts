// A small Prometheus text-format (0.0.4) writer: the server exposes a handful of series, which does
// not justify a metrics library among the server's dependencies (issue 16 item 5).

/** Label names and values of one series. */
export type Labels = Record<string, string>;

const escapeLabel = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

const labelText = (labels: Labels) => {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return pairs.length > 0 ? `{${pairs.join(',')}}` : '';
};

const numberText = (value: number) =>
  Number.isFinite(value) ? String(value) : value > 0 ? '+Inf' : value < 0 ? '-Inf' : 'NaN';

/** One metric family: HELP, TYPE and its samples. */
export type Family = {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  samples: Array<{ suffix?: string; labels: Labels; value: number }>;
};

/** Renders families in the Prometheus text exposition format. */
export function renderFamilies(families: Family[]): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${family.help}`);
    lines.push(`# TYPE ${family.name} ${family.type}`);
    for (const s of family.samples) {
      lines.push(`${family.name}${s.suffix ?? ''}${labelText(s.labels)} ${numberText(s.value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Upper bounds (seconds) of the request-latency histogram. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A histogram per key, with its labels kept beside the counts. */
export class Histograms {
  private readonly series = new Map<
    string,
    { labels: Labels; counts: number[]; sum: number; count: number }
  >();

  constructor(private readonly buckets: number[]) {}

  /** Records one observation for the series named by `labels`. */
  observe(labels: Labels, value: number): void {
    const key = JSON.stringify(labels);
    let entry = this.series.get(key);
    if (!entry) {
      entry = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.series.set(key, entry);
    }
    for (let i = 0; i < this.buckets.length; i++) {
      if (value <= (this.buckets[i] ?? 0)) entry.counts[i] = (entry.counts[i] ?? 0) + 1;
    }
    entry.sum += value;
    entry.count += 1;
  }

  /** The cumulative bucket, sum and count samples of every series. */
  samples(): Family['samples'] {
    const out: Family['samples'] = [];
    for (const { labels, counts, sum, count } of this.series.values()) {
      this.buckets.forEach((bound, i) =>
        out.push({
          suffix: '_bucket',
          labels: { ...labels, le: String(bound) },
          value: counts[i] ?? 0,
        }),
      );
      out.push({ suffix: '_bucket', labels: { ...labels, le: '+Inf' }, value: count });
      out.push({ suffix: '_sum', labels, value: sum });
      out.push({ suffix: '_count', labels, value: count });
    }
    return out;
  }
}

/** Counters per label set. */
export class Counters {
  private readonly series = new Map<string, { labels: Labels; value: number }>();

  /** Adds `by` (default 1) to the series named by `labels`. */
  add(labels: Labels, by = 1): void {
    const key = JSON.stringify(labels);
    const entry = this.series.get(key);
    if (entry) entry.value += by;
    else this.series.set(key, { labels, value: by });
  }

  /** Every series as samples. */
  samples(): Family['samples'] {
    return [...this.series.values()].map(({ labels, value }) => ({ labels, value }));
  }
}
