// Child process that plays the simulated teachers and principals of a planning wave, so that their
// work does not share the event loop (and, on a multi-core machine, the core) of the server being
// measured. Spawned by planning-client.ts.
import { HttpDriver, UnexpectedAnswer, UserSession } from './planning-http.js';
import { runPrincipal, type PrincipalTally, type SchoolProgress } from './planning-principal.js';
import { Recorder } from './planning-recorder.js';
import { runTeacher } from './planning-teacher.js';
import type { WaveReply, WaveResult, WaveSpec } from './planning-types.js';

type Wave = {
  spec: WaveSpec;
  recorder: Recorder;
  progress: SchoolProgress[];
  tally: PrincipalTally;
  deadline: number;
  submitted: number;
};

async function runWave(spec: WaveSpec): Promise<WaveResult> {
  const recorder = new Recorder();
  const driver = new HttpDriver(new URL(spec.appUrl), recorder);
  const started = performance.now();
  const wave: Wave = {
    spec,
    recorder,
    progress: spec.principals.map(() => ({ finished: 0 })),
    tally: { approved: 0, approvedInBulk: 0 },
    deadline: started + spec.timeoutSeconds * 1000,
    submitted: 0,
  };
  // Everyone opens the app first (GET /api/me on a new connection), then all flows start at once:
  // a fixed concurrency of teachers + principals on warm keep-alive connections (README: new
  // connections opened while the server is saturated wait seconds before their first request is read).
  const open = async (cookie: string) => {
    const session = new UserSession(driver, cookie);
    await session.open();
    return session;
  };
  const cookies = [...spec.teachers, ...spec.principals].map((user) => user.cookie);
  const sessions = await Promise.allSettled(cookies.map(open));
  const teachers = sessions.slice(0, spec.teachers.length);
  const principals = sessions.slice(spec.teachers.length);
  await Promise.all([
    ...teachers.map((session, index) => teacherFlow(wave, session, index)),
    ...principals.map((session, index) => principalFlow(wave, session, index)),
  ]);
  const seconds = (performance.now() - started) / 1000;
  driver.close();
  return {
    seconds,
    endpoints: recorder.figures(),
    total: recorder.total(),
    teachersSubmitted: wave.submitted,
    plansApproved: wave.tally.approved,
    plansApprovedInBulk: wave.tally.approvedInBulk,
    errorSamples: recorder.errorSamples,
  };
}

async function teacherFlow(
  wave: Wave,
  session: PromiseSettledResult<UserSession>,
  index: number,
): Promise<void> {
  const school = wave.progress[wave.spec.teachers[index]?.schoolIndex ?? -1];
  try {
    if (session.status === 'rejected') throw session.reason;
    await runTeacher(session.value);
    wave.submitted += 1;
  } catch (error) {
    failed(wave.recorder, 'teacher flow', error);
  } finally {
    if (school) school.finished += 1;
  }
}

async function principalFlow(
  wave: Wave,
  session: PromiseSettledResult<UserSession>,
  index: number,
): Promise<void> {
  const principal = wave.spec.principals[index];
  try {
    if (session.status === 'rejected') throw session.reason;
    if (!principal) return;
    await runPrincipal(session.value, {
      principal,
      progress: wave.progress[index] ?? { finished: 0 },
      tally: wave.tally,
      recorder: wave.recorder,
      pollMs: wave.spec.pollMs,
      deadline: wave.deadline,
    });
  } catch (error) {
    failed(wave.recorder, 'principal flow', error);
  }
}

/** A flow that stopped: HTTP answers were already counted; anything else is counted here. */
function failed(recorder: Recorder, flow: string, error: unknown): void {
  if (error instanceof UnexpectedAnswer) return;
  recorder.fail(flow, error instanceof Error ? error.message : String(error));
}

process.on('message', (spec: WaveSpec) => {
  runWave(spec).then(
    (result) => reply({ ok: true, result }),
    (error: unknown) => reply({ ok: false, error: String(error) }),
  );
});

function reply(message: WaveReply): void {
  process.send?.(message);
}
