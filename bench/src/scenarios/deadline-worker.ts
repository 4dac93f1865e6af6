// Child process of the deadline-day scenario: plays the teachers and principals, sends the mix at a
// fixed arrival rate and times every request from the instant it was due (an open loop: a slow server
// does not slow the arrivals down, so queueing shows in the latency). Spawned by deadline-client.ts.
import { percentile } from '../load/percentile.js';
import { DeadlineHttp } from './deadline-http.js';
import type {
  DeadlineCommand,
  DeadlineKind,
  DeadlineReply,
  DeadlineSetup,
  StatementFigures,
  StepFigures,
  StepResult,
} from './deadline-types.js';
import { DEADLINE_LABELS, DeadlinePopulation, type Move } from './deadline-users.js';

/**
 * The deadline-day mix, in requests out of 100: mostly reads of home and one's own plan, a third of
 * draft saves, principals' "Periksa" lists, a few submits, approvals and sign-ins (issue 15).
 */
export const DEADLINE_MIX: Array<[DeadlineKind, number]> = [
  ['home', 22],
  ['mine', 20],
  ['draft', 30],
  ['submit', 4],
  ['list', 16],
  ['approve', 4],
  ['login', 4],
];
const MIX_TOTAL = DEADLINE_MIX.reduce((n, [, weight]) => n + weight, 0);
const TICK_MS = 2;
const PREPARE_CONCURRENCY = 6;
const MAX_SAMPLES = 5;

let http: DeadlineHttp | undefined;
let population: DeadlinePopulation | undefined;
let setup: DeadlineSetup | undefined;

function pickKind(): DeadlineKind {
  let roll = Math.random() * MIX_TOTAL;
  for (const [kind, weight] of DEADLINE_MIX) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'home';
}

type Tally = { latencies: number[]; errors: number; shed: number };

async function runStep(rate: number, seconds: number): Promise<StepResult> {
  if (!population || !http) throw new Error('not prepared');
  const users = population;
  const client = http;
  const tallies = new Map<string, Tally>();
  const samples: string[] = [];
  const inFlight = new Set<Promise<void>>();
  let substituted = 0;
  let ok = 0;
  const record = (move: Move, due: number, status: number, detail: string) => {
    const ms = performance.now() - due;
    let tally = tallies.get(move.label);
    if (!tally) tallies.set(move.label, (tally = { latencies: [], errors: 0, shed: 0 }));
    tally.latencies.push(ms);
    if (status >= 200 && status <= 299) ok += 1;
    else if (status === 503) tally.shed += 1;
    else {
      tally.errors += 1;
      if (samples.length < MAX_SAMPLES)
        samples.push(`${move.label}: ${status} ${detail.slice(0, 200)}`);
    }
  };
  const launch = (due: number) => {
    const { move, substituted: isStandIn } = users.move(pickKind());
    if (isStandIn) substituted += 1;
    const done = client.send(move.request).then((answer) => {
      move.after?.(answer);
      record(move, due, answer.status, answer.detail);
    });
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  };
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const started = performance.now();
  let sent = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && started + sent * interval <= now) {
        launch(started + sent * interval);
        sent += 1;
      }
      if (sent >= total) resolve();
      else setTimeout(tick, TICK_MS);
    };
    tick();
  });
  const sendEnd = performance.now();
  await Promise.all([...inFlight]);
  const drainMs = performance.now() - sendEnd;
  const endpoints: Record<string, StepFigures> = {};
  for (const [label, tally] of tallies) endpoints[label] = figuresOf(tally);
  const all = [...tallies.values()];
  const totalFigures = figuresOf({
    latencies: all.flatMap((t) => t.latencies),
    errors: all.reduce((n, t) => n + t.errors, 0),
    shed: all.reduce((n, t) => n + t.shed, 0),
  });
  const elapsed = (performance.now() - started) / 1000;
  return {
    rate,
    seconds,
    achievedPerSecond: ok / elapsed,
    total: totalFigures,
    endpoints,
    substituted,
    drainMs,
    errorSamples: samples,
  };
}

function figuresOf(tally: Tally): StepFigures {
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? 0,
    errors: tally.errors,
    shed: tally.shed,
  };
}

/**
 * Statements per request: each kind sent alone, `repeats` times, reading the app's statement count
 * (through the floor server) before and after. Nothing else runs meanwhile.
 */
async function probe(repeats: number): Promise<StatementFigures[]> {
  if (!population || !http || !setup) throw new Error('not prepared');
  const counter = new DeadlineHttp(setup.floorUrl);
  const count = async () =>
    ((await counter.send({ method: 'GET', path: '/statements' })).body as { count: number }).count;
  const kinds = ['me', 'home', 'mine', 'draft', 'submit', 'list', 'approve', 'login'] as const;
  const figures: StatementFigures[] = [];
  try {
    for (const kind of kinds) {
      const samples: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const { move, substituted } = population.move(kind);
        if (substituted) throw new Error(`probe: nobody can do ${kind}`);
        const before = await count();
        const answer = await http.send(move.request);
        move.after?.(answer);
        if (answer.status < 200 || answer.status > 299) {
          throw new Error(`probe ${move.label}: ${answer.status} ${answer.detail.slice(0, 200)}`);
        }
        samples.push((await count()) - before);
      }
      figures.push({ label: DEADLINE_LABELS[kind], samples });
    }
  } finally {
    counter.close();
  }
  return figures;
}

async function handle(command: DeadlineCommand): Promise<DeadlineReply> {
  if (command.type === 'prepare') {
    setup = command.setup;
    http = new DeadlineHttp(setup.appUrl);
    population = new DeadlinePopulation(http, setup);
    const started = performance.now();
    const prepared = await population.prepare(PREPARE_CONCURRENCY);
    return { ok: true, prepared: { ...prepared, seconds: (performance.now() - started) / 1000 } };
  }
  if (command.type === 'probe') return { ok: true, statements: await probe(command.repeats) };
  return { ok: true, step: await runStep(command.rate, command.seconds) };
}

process.on('message', (command: DeadlineCommand) => {
  handle(command).then(
    (reply) => process.send?.(reply),
    (error: unknown) =>
      process.send?.({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
