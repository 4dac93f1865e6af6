import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { RESULT_MARKER, type ImportJob, type ImportRun } from './import-types.js';

/** Runs one import in a fresh `node --expose-gc --import tsx` process and returns what it measured. */
export function runImportWorker(job: ImportJob): Promise<ImportRun> {
  const worker = fileURLToPath(new URL('./import-worker.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', worker, JSON.stringify(job)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
      if (code !== 0 || !line) return reject(new Error(`import worker exited with code ${code}`));
      resolve(JSON.parse(line.slice(RESULT_MARKER.length)) as ImportRun);
    });
  });
}
