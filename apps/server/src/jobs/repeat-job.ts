import { recordJobRun } from '../ops/job-metrics.js';

/** One run of a repeating job; `isStopped` lets a batch loop end early during shutdown. */
export type JobRun = (isStopped: () => boolean) => Promise<void>;

/**
 * Runs `run` at once and then every `everyMs`, never two runs at a time in this process; a failed run
 * goes to `onError` and the next one tries again. The timer does not keep the process alive.
 * Returns a stop function.
 */
export function repeatJob(options: {
  /** Names the job in /metrics (runs, lag); unnamed jobs are not reported. */
  name?: string;
  everyMs: number;
  run: JobRun;
  onError: (error: unknown) => void;
}): () => void {
  let isRunning = false;
  let isStopped = false;
  const tick = async () => {
    if (isRunning || isStopped) return;
    isRunning = true;
    const done = options.name ? recordJobRun(options.name) : undefined;
    try {
      await options.run(() => isStopped);
      done?.('success');
    } catch (error) {
      done?.('failure');
      options.onError(error);
    } finally {
      isRunning = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), options.everyMs);
  timer.unref();
  return () => {
    isStopped = true;
    clearInterval(timer);
  };
}
