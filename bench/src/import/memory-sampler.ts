import type { ImportMemory } from './import-types.js';

const MiB = 2 ** 20;
const INTERVAL_MS = 50;

/** Samples RSS and heap every 50 ms from now on; `stop` returns peaks relative to the baseline taken at start. */
export function startMemorySampler(): { stop(): ImportMemory } {
  globalThis.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  let samples = 0;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
    samples++;
  };
  const timer = setInterval(sample, INTERVAL_MS);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return {
        baselineRssMiB: baseline.rss / MiB,
        baselineHeapUsedMiB: baseline.heapUsed / MiB,
        peakRssMiB: peakRss / MiB,
        peakHeapUsedMiB: peakHeap / MiB,
        peakRssDeltaMiB: (peakRss - baseline.rss) / MiB,
        peakHeapUsedDeltaMiB: (peakHeap - baseline.heapUsed) / MiB,
        // resourceUsage().maxRSS is in KiB.
        maxRssMiB: process.resourceUsage().maxRSS / 1024,
        samples,
      };
    },
  };
}
