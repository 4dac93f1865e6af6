import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Temporary upload files found under a directory, and what a sweep removed of them. */
export type TempFiles = { files: number; bytes: number; removed: number; removedBytes: number };

/**
 * Counts the files under `dir` (uploads being received, or left by a killed process) and, when
 * `removeOlderThan` is given, deletes those not written since then. A file still being received is
 * written every few milliseconds, so an age of an hour never touches an upload in flight, on this
 * instance or on another one sharing the directory. Files that vanish meanwhile are skipped.
 */
export async function sweepTempFiles(
  dir: string,
  options: { removeOlderThan?: Date } = {},
): Promise<TempFiles> {
  const result: TempFiles = { files: 0, bytes: 0, removed: 0, removedBytes: 0 };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    if (options.removeOlderThan && info.mtime < options.removeOlderThan) {
      await rm(path, { force: true });
      result.removed += 1;
      result.removedBytes += info.size;
      continue;
    }
    result.files += 1;
    result.bytes += info.size;
  }
  return result;
}
