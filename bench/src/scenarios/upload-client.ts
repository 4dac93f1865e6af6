import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { UploadRoundReply, UploadRoundResult, UploadRoundSpec } from './upload-types.js';

/** A started upload worker, ready to run one round. */
export type UploadWorker = { run(spec: UploadRoundSpec): Promise<UploadRoundResult> };

/**
 * Forks upload-worker.ts (under tsx) and waits until it is loaded, so that the round that follows
 * measures uploads only and the client's own memory stays out of the server's process.
 */
export async function startUploadWorker(): Promise<UploadWorker> {
  const worker = fileURLToPath(new URL('./upload-worker.ts', import.meta.url));
  const child = fork(worker, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  await reply<{ ready: true }>(child);
  return {
    run: async (spec) => {
      const answer = reply<UploadRoundReply>(child);
      child.send(spec);
      const message = await answer;
      child.disconnect();
      if (message.ok) return message.result;
      throw new Error(`upload round failed: ${message.error}`);
    },
  };
}

function reply<T>(child: ChildProcess): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`upload worker exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (message: T) => {
      child.off('exit', onExit);
      resolve(message);
    });
  });
}
