import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repeatJob } from './repeat-job.js';

describe('repeatJob', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at once and on every tick, never two runs at a time, and not after stop', async () => {
    const releases: Array<() => void> = [];
    let runs = 0;
    const stop = repeatJob({
      everyMs: 1000,
      run: () => {
        runs++;
        return new Promise<void>((resolve) => releases.push(resolve));
      },
      onError: () => undefined,
    });
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toBe(1); // the first run is still going: ticks pass it by
    releases.shift()!();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    releases.shift()!();
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(2);
  });

  it('hands a failure to onError and tries again on the next tick; tells a run it was stopped', async () => {
    const errors: unknown[] = [];
    const seenStopped: boolean[] = [];
    let runs = 0;
    const stop = repeatJob({
      everyMs: 1000,
      run: async (isStopped) => {
        runs++;
        seenStopped.push(isStopped());
        if (runs === 1) throw new Error('database unavailable');
      },
      onError: (error) => errors.push(error),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    expect(errors).toHaveLength(1);
    stop();
    expect(seenStopped).toEqual([false, false]);
  });
});
