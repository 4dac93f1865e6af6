import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Writes the raw figures to bench/results/<timestamp>.json (git-ignored); returns the path. */
export async function writeResults(startedAt: Date, data: unknown): Promise<string> {
  const dir = fileURLToPath(new URL('../results/', import.meta.url));
  await mkdir(dir, { recursive: true });
  const file = `${dir}${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
