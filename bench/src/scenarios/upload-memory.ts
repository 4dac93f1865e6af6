import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

const MiB = 2 ** 20;
const INTERVAL_MS = 50;

/** The server process's memory during one round: idle baseline, peaks, and peaks minus baseline. */
export type UploadMemory = {
  baselineRssMiB: number;
  baselineHeapUsedMiB: number;
  baselineBuffersMiB: number;
  peakRssMiB: number;
  peakHeapUsedMiB: number;
  peakBuffersMiB: number;
  peakRssDeltaMiB: number;
  peakHeapUsedDeltaMiB: number;
  peakBuffersDeltaMiB: number;
  samples: number;
  /** The longest the server's event loop was blocked during the round (PGlite's queries run on it). */
  eventLoopMaxMs: number;
};

/**
 * A full garbage collection, also without `node --expose-gc` (`npm run bench` runs under tsx): the
 * flag is set at run time and `gc` read from a fresh context, where V8 then defines it.
 */
function collectGarbage(): void {
  if (typeof globalThis.gc === 'function') return globalThis.gc();
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/**
 * After a full GC, takes the baseline of this process (the server's: the app runs in the benchmark
 * process) and samples every 50 ms: RSS, V8 heap in use, and the memory of Buffers/ArrayBuffers,
 * where a request body held in memory would show, and the event loop's longest delay. `stop`
 * returns peaks and peaks minus baseline.
 */
export function startUploadMemorySampler(): { stop(): UploadMemory } {
  collectGarbage();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  let peakBuffers = baseline.arrayBuffers;
  let samples = 0;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
    samples++;
  };
  const timer = setInterval(sample, INTERVAL_MS);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  return {
    stop: () => {
      clearInterval(timer);
      loop.disable();
      sample();
      return {
        baselineRssMiB: baseline.rss / MiB,
        baselineHeapUsedMiB: baseline.heapUsed / MiB,
        baselineBuffersMiB: baseline.arrayBuffers / MiB,
        peakRssMiB: peakRss / MiB,
        peakHeapUsedMiB: peakHeap / MiB,
        peakBuffersMiB: peakBuffers / MiB,
        peakRssDeltaMiB: (peakRss - baseline.rss) / MiB,
        peakHeapUsedDeltaMiB: (peakHeap - baseline.heapUsed) / MiB,
        peakBuffersDeltaMiB: (peakBuffers - baseline.arrayBuffers) / MiB,
        samples,
        eventLoopMaxMs: loop.max / 1e6,
      };
    },
  };
}
