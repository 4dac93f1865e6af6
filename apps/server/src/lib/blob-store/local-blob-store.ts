import { createReadStream } from 'node:fs';
import { access, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  BlobError,
  isBlobHash,
  type BlobStore,
  type PutOptions,
  type StagedBlob,
  type StoredBlob,
} from './blob-store.js';
import { stageToFile } from './staging.js';

/** Where a blob lives under the root: two levels of two-hex-digit shards (ab/cd/abcd…). */
export function localBlobPath(root: string, hash: string): string {
  if (!isBlobHash(hash)) throw new BlobError('BLOB_NOT_FOUND');
  return join(root, hash.slice(0, 2), hash.slice(2, 4), hash);
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Blobs on local disk under `root` (KINERJA_DATA_DIR/blobs): received into `root/tmp`, then renamed
 * into place, so a blob is either complete or absent (architecture.md §4).
 */
export function createLocalBlobStore(root: string): BlobStore {
  const tmpDir = join(root, 'tmp');

  async function stage(stream: Readable, options: PutOptions): Promise<StagedBlob> {
    const staged = await stageToFile(tmpDir, stream, options);
    const target = localBlobPath(root, staged.hash);
    const discard = () => rm(staged.path, { force: true });
    const commit = async () => {
      if (await exists(target)) return discard();
      await mkdir(dirname(target), { recursive: true });
      // Same file system: rename is atomic; a concurrent identical upload simply wins first.
      await rename(staged.path, target);
    };
    return { hash: staged.hash, size: staged.size, commit, discard };
  }

  // Blobs sit at ab/cd/<hash>; anything else (tmp/, stray files) is not a blob.
  async function* list(): AsyncIterable<StoredBlob> {
    const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile() || !isBlobHash(entry.name)) continue;
      const path = join(entry.parentPath, entry.name);
      if (path !== localBlobPath(root, entry.name)) continue;
      const info = await stat(path).catch(() => null);
      if (info) yield { hash: entry.name, size: info.size };
    }
  }

  return {
    kind: 'local',
    tmpDir,
    stage,
    list,
    delete: async (hash) => {
      if (isBlobHash(hash)) await rm(localBlobPath(root, hash), { force: true });
    },
    async put(stream, options) {
      const staged = await stage(stream, options);
      try {
        await staged.commit();
      } finally {
        await staged.discard();
      }
      return { hash: staged.hash, size: staged.size };
    },
    async get(hash) {
      const path = localBlobPath(root, hash);
      if (!(await exists(path))) throw new BlobError('BLOB_NOT_FOUND');
      return createReadStream(path);
    },
    has: (hash) => (isBlobHash(hash) ? exists(localBlobPath(root, hash)) : Promise.resolve(false)),
  };
}
