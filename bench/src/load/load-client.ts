import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadReply, LoadResult, LoadSpec } from './load-types.js';

/** A running load-generator process; one run at a time. */
export type LoadClient = {
  run(spec: LoadSpec): Promise<LoadResult>;
  close(): void;
};

/** Starts the load-generator child process (autocannon as a library, under tsx). */
export function startLoadClient(): LoadClient {
  const worker = fileURLToPath(new URL('./load-worker.ts', import.meta.url));
  const child: ChildProcess = fork(worker, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  return {
    run: (spec) =>
      new Promise<LoadResult>((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`load worker exited (${code})`));
        child.once('exit', onExit);
        child.once('message', (message: LoadReply) => {
          child.off('exit', onExit);
          if (message.ok) resolve(message.result);
          else reject(new Error(`load run failed: ${message.error}`));
        });
        child.send(spec);
      }),
    close: () => {
      child.disconnect();
    },
  };
}
