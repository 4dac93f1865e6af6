// Child process that plays the simulated teachers and principals of a planning wave, so that their
// work does not share the event loop (and, on a multi-core machine, the core) of the server being
// measured. Spawned by planning-client.ts.
import { HttpDriver, UnexpectedAnswer, UserSession } from './planning-http.js';
import { runPrincipal, type PrincipalTally, type SchoolProgress } from './planning-principal.js';
import { Recorder } from './planning-recorder.js';
import { runTeacher } from './planning-teacher.js';
import type { WaveReply, WaveResult, WaveSpec } from './planning-types.js';

async function runWave(spec: WaveSpec): Promise<WaveResult> {
  const recorder = new Recorder();
  const driver = new HttpDriver(new URL(spec.appUrl), recorder);
  const progress: SchoolProgress[] = spec.principals.map(() => ({ finished: 0 }));
  const tally: PrincipalTally = { approved: 0, approvedInBulk: 0 };
  let submitted = 0;
  const started = performance.now();
  const deadline = started + spec.timeoutSeconds * 1000;
  // Every simulated user starts at once: a fixed concurrency of teachers + principals.
  const teachers = spec.teachers.map(async (teacher) => {
    try {
      await runTeacher(new UserSession(driver, teacher.cookie));
      submitted += 1;
    } catch (error) {
      failed(recorder, 'teacher flow', error);
    } finally {
      const school = progress[teacher.schoolIndex];
      if (school) school.finished += 1;
    }
  });
  const principals = spec.principals.map(async (principal, index) => {
    try {
      await runPrincipal(new UserSession(driver, principal.cookie), {
        principal,
        progress: progress[index] ?? { finished: 0 },
        tally,
        recorder,
        pollMs: spec.pollMs,
        deadline,
      });
    } catch (error) {
      failed(recorder, 'principal flow', error);
    }
  });
  await Promise.all([...teachers, ...principals]);
  const seconds = (performance.now() - started) / 1000;
  driver.close();
  return {
    seconds,
    endpoints: recorder.figures(),
    total: recorder.total(),
    teachersSubmitted: submitted,
    plansApproved: tally.approved,
    plansApprovedInBulk: tally.approvedInBulk,
    errorSamples: recorder.errorSamples,
  };
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
