import { percentile } from '../load/percentile.js';
import { median, round } from '../report/stats.js';
import type { UploadMemory } from './upload-memory.js';
import type { UploadRoundResult } from './upload-types.js';

const MB = 1e6;

/** What one round measured: client-side speed and the server process's memory. */
export type RoundFigures = {
  uploads: number;
  megabytes: number;
  seconds: number;
  /** All uploads' bytes ÷ the round's wall time (decimal MB). */
  megabytesPerSecond: number;
  /** Seconds of each upload, request start to answer read, ascending. */
  uploadSeconds: number[];
  p50Seconds: number;
  p99Seconds: number;
  errors: number;
  errorSamples: string[];
  /** Slots whose version moved on (read back after the round): each 200 was really stored. */
  slotsReplaced: number;
  memory: UploadMemory;
};

/** One round's figures from the client's result and the server's memory. */
export function roundFigures(
  result: UploadRoundResult,
  memory: UploadMemory,
  slotsReplaced: number,
): RoundFigures {
  const ok = result.uploads.filter((u) => u.status === 200);
  const bytes = ok.reduce((n, u) => n + u.bytes, 0);
  const seconds = result.uploads.map((u) => u.seconds).sort((a, b) => a - b);
  return {
    uploads: result.uploads.length,
    megabytes: round(bytes / MB, 1),
    seconds: round(result.seconds, 3),
    megabytesPerSecond: round(bytes / MB / result.seconds, 1),
    uploadSeconds: seconds.map((s) => round(s, 3)),
    p50Seconds: percentile(seconds, 50),
    p99Seconds: percentile(seconds, 99),
    errors: result.uploads.length - ok.length,
    errorSamples: result.errorSamples.slice(0, 5),
    slotsReplaced,
    memory,
  };
}

/** The summary of several rounds (summariseRounds). */
export type RoundSummary = ReturnType<typeof summariseRounds>;

/** Over several rounds: total throughput, latency over every upload, worst memory peaks. */
export function summariseRounds(rounds: RoundFigures[]) {
  const seconds = rounds.flatMap((r) => r.uploadSeconds).sort((a, b) => a - b);
  const megabytes = rounds.reduce((n, r) => n + r.megabytes, 0);
  const wall = rounds.reduce((n, r) => n + r.seconds, 0);
  const max = (pick: (m: UploadMemory) => number) => Math.max(...rounds.map((r) => pick(r.memory)));
  return {
    uploads: seconds.length,
    megabytes: round(megabytes, 1),
    seconds: round(wall, 3),
    megabytesPerSecond: round(megabytes / wall, 1),
    medianRoundMegabytesPerSecond: median(rounds.map((r) => r.megabytesPerSecond)),
    p50Seconds: percentile(seconds, 50),
    p99Seconds: percentile(seconds, 99),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    peakRssDeltaMiB: max((m) => m.peakRssDeltaMiB),
    peakHeapUsedDeltaMiB: max((m) => m.peakHeapUsedDeltaMiB),
    peakBuffersDeltaMiB: max((m) => m.peakBuffersDeltaMiB),
    peakRssMiB: max((m) => m.peakRssMiB),
    peakHeapUsedMiB: max((m) => m.peakHeapUsedMiB),
    eventLoopMaxMs: max((m) => m.eventLoopMaxMs),
  };
}
