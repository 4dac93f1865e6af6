import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DeadlineCommand, DeadlineReply } from './deadline-types.js';

/** The deadline worker process; one command at a time. */
export type DeadlineClient = {
  send(command: DeadlineCommand): Promise<DeadlineReply & { ok: true }>;
  close(): void;
};

/** Starts the deadline worker (deadline-worker.ts under tsx), which keeps its users between commands. */
export function startDeadlineClient(): DeadlineClient {
  const worker = fileURLToPath(new URL('./deadline-worker.ts', import.meta.url));
  const child: ChildProcess = fork(worker, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  return {
    send: (command) =>
      new Promise((resolve, reject) => {
        const onExit = (code: number | null) =>
          reject(new Error(`deadline worker exited (${code})`));
        child.once('exit', onExit);
        child.once('message', (reply: DeadlineReply) => {
          child.off('exit', onExit);
          if (reply.ok) resolve(reply);
          else reject(new Error(`deadline ${command.type} failed: ${reply.error}`));
        });
        child.send(command);
      }),
    close: () => child.disconnect(),
  };
}
