import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BlobError,
  createLocalBlobStore,
  createS3BlobStore,
  pdfSniff,
  type BlobStore,
} from './index.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const pdf = (size: number, fill = 0x41) => {
  const bytes = Buffer.alloc(size, fill);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  return bytes;
};
// Streams in small, uneven chunks, as a network would.
function chunked(bytes: Uint8Array, size = 3): Readable {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks, { objectMode: false });
}
async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}
async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}
async function errorOf(promise: Promise<unknown>): Promise<BlobError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BlobError);
  return error as BlobError;
}

type Subject = { store: () => BlobStore; tmpDir: () => string };

/** The same behaviour for every implementation (architecture.md §4). */
function blobStoreSuite(subject: Subject) {
  const limit = { maxBytes: 1000, sniff: pdfSniff };

  it('stores by SHA-256 and reads the same bytes back', async () => {
    const bytes = pdf(777);
    const stored = await subject.store().put(chunked(bytes), limit);
    expect(stored).toEqual({ hash: sha256(bytes), size: 777 });
    expect(await subject.store().has(stored.hash)).toBe(true);
    expect((await readAll(await subject.store().get(stored.hash))).equals(bytes)).toBe(true);
  });

  it('stores the same content once and answers the same hash', async () => {
    const bytes = pdf(300, 0x42);
    const first = await subject.store().put(Readable.from([bytes]), limit);
    const second = await subject.store().put(chunked(bytes, 7), limit);
    expect(second).toEqual(first);
  });

  it('accepts exactly maxBytes and refuses maxBytes + 1 while streaming', async () => {
    expect((await subject.store().put(chunked(pdf(1000), 64), limit)).size).toBe(1000);
    const tooBig = pdf(1001, 0x43);
    const error = await errorOf(subject.store().put(chunked(tooBig, 64), limit));
    expect([error.code, error.maxBytes]).toEqual(['BLOB_TOO_LARGE', 1000]);
    expect(await subject.store().has(sha256(tooBig))).toBe(false);
  });

  it('stops reading at maxBytes + 1 without waiting for the rest', async () => {
    const source = new PassThrough();
    const put = subject.store().put(source, limit);
    source.write(pdf(600));
    source.write(Buffer.alloc(600));
    // The stream never ends: the store must refuse on its own.
    expect((await errorOf(put)).code).toBe('BLOB_TOO_LARGE');
    source.destroy();
  });

  it('refuses an empty stream', async () => {
    expect((await errorOf(subject.store().put(Readable.from([]), limit))).code).toBe('BLOB_EMPTY');
  });

  it('judges content by its first bytes, even when they arrive one at a time', async () => {
    const png = Buffer.from('\x89PNG\r\n\x1a\n rest of an image', 'latin1');
    const error = await errorOf(subject.store().put(chunked(png, 1), limit));
    expect([error.code, error.reason]).toEqual(['BLOB_REJECTED', 'NOT_PDF']);
    expect((await errorOf(subject.store().put(chunked(Buffer.from('%PD')), limit))).reason).toBe(
      'NOT_PDF',
    );
    const tiny = Buffer.from('%PDF-');
    expect((await subject.store().put(chunked(tiny, 1), limit)).size).toBe(5);
  });

  it('a stream that fails half way leaves no blob and no temporary file', async () => {
    const source = new PassThrough();
    const bytes = pdf(500, 0x44);
    const put = subject.store().put(source, limit);
    source.write(bytes.subarray(0, 250));
    setImmediate(() => source.destroy(new Error('client went away')));
    expect((await errorOf(put)).code).toBe('BLOB_ABORTED');
    expect(await subject.store().has(sha256(bytes))).toBe(false);
    expect(await filesUnder(subject.tmpDir())).toEqual([]);
  });

  it('staged blobs are invisible until committed, and discard leaves nothing', async () => {
    const kept = pdf(400, 0x45);
    const staged = await subject.store().stage(chunked(kept, 50), limit);
    expect(await subject.store().has(staged.hash)).toBe(false);
    await staged.commit();
    await staged.discard();
    expect(await subject.store().has(staged.hash)).toBe(true);
    const dropped = await subject.store().stage(chunked(pdf(400, 0x46), 50), limit);
    await dropped.discard();
    expect(await subject.store().has(dropped.hash)).toBe(false);
    expect(await filesUnder(subject.tmpDir())).toEqual([]);
  });

  it('leaves no temporary file after refusals', async () => {
    await errorOf(subject.store().put(chunked(pdf(2000), 100), limit));
    await errorOf(subject.store().put(Readable.from([Buffer.from('not a pdf')]), limit));
    expect(await filesUnder(subject.tmpDir())).toEqual([]);
  });

  it('lists stored blobs with their sizes and deletes one (absent or malformed: no-op)', async () => {
    const bytes = pdf(321, 0x49);
    const { hash } = await subject.store().put(Readable.from([bytes]), limit);
    const listed = [];
    for await (const blob of subject.store().list()) listed.push(blob);
    expect(listed).toContainEqual({ hash, size: 321 });
    expect(listed.every((blob) => /^[0-9a-f]{64}$/.test(blob.hash))).toBe(true);
    await subject.store().delete(hash);
    expect(await subject.store().has(hash)).toBe(false);
    await subject.store().delete(hash);
    await subject.store().delete('../x');
    const after = [];
    for await (const blob of subject.store().list()) after.push(blob.hash);
    expect(after).not.toContain(hash);
  });

  it('receives uploads under the store’s tmpDir', () => {
    expect(subject.store().tmpDir.startsWith(subject.tmpDir())).toBe(true);
  });

  it('reports unknown and malformed hashes as missing', async () => {
    expect(await subject.store().has('0'.repeat(64))).toBe(false);
    expect(await subject.store().has('../../etc/passwd')).toBe(false);
    expect((await errorOf(subject.store().get('f'.repeat(64)))).code).toBe('BLOB_NOT_FOUND');
    expect((await errorOf(subject.store().get('../x'))).code).toBe('BLOB_NOT_FOUND');
  });
}

describe('local blob store (KINERJA_DATA_DIR/blobs)', () => {
  let root = '';
  let store: BlobStore;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kinerja-local-blobs-'));
    store = createLocalBlobStore(root);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  blobStoreSuite({ store: () => store, tmpDir: () => join(root, 'tmp') });

  it('shards blobs as ab/cd/<hash>', async () => {
    const bytes = pdf(100, 0x47);
    const { hash } = await store.put(Readable.from([bytes]), { maxBytes: 1000 });
    const files = (await filesUnder(root)).map((f) => f.slice(root.length + 1));
    expect(files).toContain(join(hash.slice(0, 2), hash.slice(2, 4), hash));
  });
});

describe('S3-compatible blob store (against a local s3rver)', () => {
  let dir = '';
  let server: S3rver;
  let store: BlobStore;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kinerja-s3-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: join(dir, 's3'),
      configureBuckets: [{ name: 'kinerja-test' }],
    });
    const { port } = await server.run();
    store = createS3BlobStore({
      bucket: 'kinerja-test',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
      tmpDir: join(dir, 'tmp'),
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  blobStoreSuite({ store: () => store, tmpDir: () => join(dir, 'tmp') });

  it('keeps objects under blobs/<sha256> in the bucket', async () => {
    const bytes = pdf(120, 0x48);
    const { hash } = await store.put(Readable.from([bytes]), { maxBytes: 1000 });
    const objects = await filesUnder(join(dir, 's3', 'kinerja-test'));
    expect(objects.some((path) => path.includes(hash))).toBe(true);
  });
});
