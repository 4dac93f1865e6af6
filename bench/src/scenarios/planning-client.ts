import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { WaveReply, WaveResult, WaveSpec } from './planning-types.js';

/** Runs one planning wave in a fresh child process (planning-worker.ts under tsx) and returns its figures. */
export function runWaveInWorker(spec: WaveSpec): Promise<WaveResult> {
  const worker = fileURLToPath(new URL('./planning-worker.ts', import.meta.url));
  const child = fork(worker, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  return new Promise<WaveResult>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`planning worker exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (message: WaveReply) => {
      child.off('exit', onExit);
      child.disconnect();
      if (message.ok) resolve(message.result);
      else reject(new Error(`planning wave failed: ${message.error}`));
    });
    child.send(spec);
  });
}
