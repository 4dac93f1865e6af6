import { Counters, type Family } from './prometheus-text.js';

// What the repeating jobs did in this process, for /metrics (issue 16 item 5: job lag). Lag is
// measured on the process's monotonic timer, not the injected clock: it is about how long ago this
// process last finished a run, which a test clock set to another year must not distort.

type JobState = { lastSuccessAt: number | null; startedAt: number; isRunning: boolean };

const states = new Map<string, JobState>();
const runs = new Counters();

/** Marks the start of a run of `job`; returns the function that records its end. */
export function recordJobRun(job: string): (outcome: 'success' | 'failure') => void {
  const state = states.get(job) ?? { lastSuccessAt: null, startedAt: 0, isRunning: false };
  states.set(job, state);
  state.startedAt = performance.now();
  state.isRunning = true;
  return (outcome) => {
    state.isRunning = false;
    if (outcome === 'success') state.lastSuccessAt = performance.now();
    runs.add({ job, outcome });
  };
}

/** Job series: runs by outcome, seconds since the last success, whether one is running now. */
export function jobFamilies(): Family[] {
  const now = performance.now();
  const all = [...states.entries()];
  return [
    {
      name: 'kinerja_job_runs_total',
      help: 'Runs of each repeating job in this process, by outcome.',
      type: 'counter',
      samples: runs.samples(),
    },
    {
      name: 'kinerja_job_last_success_age_seconds',
      help: 'Seconds since the job last finished without error in this process (job lag); +Inf before the first.',
      type: 'gauge',
      samples: all.map(([job, s]) => ({
        labels: { job },
        value: s.lastSuccessAt === null ? Infinity : (now - s.lastSuccessAt) / 1000,
      })),
    },
    {
      name: 'kinerja_job_running',
      help: '1 while a run of the job is in progress in this process.',
      type: 'gauge',
      samples: all.map(([job, s]) => ({ labels: { job }, value: s.isRunning ? 1 : 0 })),
    },
  ];
}
