import type { LoadResult } from '../load/load-types.js';
import { median } from '../report/stats.js';
import type { EndpointFigures, WaveResult } from './planning-types.js';

/** Median figures of one endpoint over the measured waves, with totals of counts and failures. */
export type PlanningFigures = {
  /** Requests over all measured waves. */
  count: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Unexpected answers over every wave, warm-up included. */
  errors: number;
  conflicts: number;
  /** requestsPerSecond ÷ the floor's requests per second. */
  floorRatio: number;
};

/** The floor's median figures over its runs. */
export type FloorFigures = { requestsPerSecond: number; p50Ms: number; p99Ms: number };

/** Medians of the floor runs. */
export function floorFigures(runs: LoadResult[]): FloorFigures {
  return {
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
  };
}

/**
 * Per endpoint (and `total` for all requests): the median over the measured waves of its rate
 * (requests ÷ wave seconds), p50 and p99; errors and conflicts summed over all waves, warm-up included.
 */
export function summariseWaves(input: {
  measured: WaveResult[];
  warmup: WaveResult;
  floor: FloorFigures;
}): { endpoints: Record<string, PlanningFigures>; total: PlanningFigures } {
  const labels = new Set(input.measured.flatMap((wave) => Object.keys(wave.endpoints)));
  const pick = (wave: WaveResult, label: string) => wave.endpoints[label];
  const endpoints: Record<string, PlanningFigures> = {};
  for (const label of labels) endpoints[label] = figuresOf(input, (wave) => pick(wave, label));
  return { endpoints, total: figuresOf(input, (wave) => wave.total) };
}

function figuresOf(
  input: { measured: WaveResult[]; warmup: WaveResult; floor: FloorFigures },
  pick: (wave: WaveResult) => EndpointFigures | undefined,
): PlanningFigures {
  const empty = { count: 0, p50Ms: 0, p99Ms: 0, maxMs: 0, errors: 0, conflicts: 0 };
  const waves = input.measured.map((wave) => ({ wave, f: pick(wave) ?? empty }));
  const all = [...waves.map((w) => w.f), pick(input.warmup) ?? empty];
  const requestsPerSecond = median(waves.map(({ wave, f }) => f.count / wave.seconds));
  return {
    count: waves.reduce((n, w) => n + w.f.count, 0),
    requestsPerSecond,
    p50Ms: median(waves.map((w) => w.f.p50Ms)),
    p99Ms: median(waves.map((w) => w.f.p99Ms)),
    errors: all.reduce((n, f) => n + f.errors, 0),
    conflicts: all.reduce((n, f) => n + f.conflicts, 0),
    floorRatio: requestsPerSecond / input.floor.requestsPerSecond,
  };
}
