import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

// Backups of an embedded installation (issue 16 item 4). The PGlite data directory is
// KINERJA_DATA_DIR and the local blob store lives inside it (blobs/ab/cd/<sha256>), so one dump of
// that directory, taken while no transaction is open, holds the database and its files together:
// every file a row names is in the same archive. The archive is built in memory, so it suits an
// installation whose files fit in RAM; larger ones keep files in S3 (docs/OPERATIONS.md).

/** What a backup holds, written beside the archive and checked again on restore. */
export type BackupManifest = {
  format: 'kinerja.backup.v1';
  createdAt: string;
  /** Rows per table of the public schema. */
  tables: Record<string, number>;
  /** Files registered in stored_blobs (the local store only). */
  blobs: number;
};

/** Row counts of every table of the public schema, by name. */
export async function tableCounts(pglite: PGlite): Promise<Record<string, number>> {
  const { rows } = await pglite.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    const result = await pglite.query<{ n: number }>(`select count(*)::int as n from "${name}"`);
    counts[name] = result.rows[0]?.n ?? 0;
  }
  return counts;
}

const sha256Of = (path: string) =>
  new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });

/** The registered blobs missing from `blobRoot` or whose bytes no longer hash to their name. */
export async function damagedBlobs(pglite: PGlite, blobRoot: string): Promise<string[]> {
  const { rows } = await pglite.query<{ hash: string }>('select hash from stored_blobs');
  const damaged: string[] = [];
  for (const { hash } of rows) {
    const path = join(blobRoot, hash.slice(0, 2), hash.slice(2, 4), hash);
    if (!existsSync(path) || (await sha256Of(path)) !== hash) damaged.push(hash);
  }
  return damaged;
}

/** Number of rows of stored_blobs. */
export async function registeredBlobs(pglite: PGlite): Promise<number> {
  const { rows } = await pglite.query<{ n: number }>('select count(*)::int as n from stored_blobs');
  return rows[0]?.n ?? 0;
}

/** True when `dir` holds nothing (or does not exist): restore never overwrites an installation. */
export function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** Table counts that differ between what the manifest promised and what was restored. */
export function countDifferences(
  expected: Record<string, number>,
  actual: Record<string, number>,
): string[] {
  const names = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...names]
    .filter((name) => expected[name] !== actual[name])
    .map((name) => `${name}: cadangan ${expected[name] ?? '-'}, dipulihkan ${actual[name] ?? '-'}`);
}
