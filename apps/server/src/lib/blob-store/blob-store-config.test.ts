import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { createBlobStore } from './index.js';

describe('BLOB_STORE configuration (architecture.md §4)', () => {
  it('defaults to local disk under KINERJA_DATA_DIR/blobs', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kinerja-config-'));
    try {
      const config = loadConfig({ KINERJA_DATA_DIR: dataDir });
      expect(config.blobStore).toEqual({ kind: 'local' });
      const store = createBlobStore(config);
      expect(store.kind).toBe('local');
      const { hash } = await store.put(Readable.from([Buffer.from('%PDF-1.4 x')]), {
        maxBytes: 100,
      });
      expect(await store.has(hash)).toBe(true);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('reads the S3 settings; a custom endpoint implies path-style addressing', () => {
    const config = loadConfig({
      BLOB_STORE: 's3',
      S3_BUCKET: 'kinerja-bukti',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'minio',
      S3_SECRET_ACCESS_KEY: 'minio-secret',
    });
    expect(config.blobStore).toEqual({
      kind: 's3',
      bucket: 'kinerja-bukti',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      accessKeyId: 'minio',
      secretAccessKey: 'minio-secret',
      forcePathStyle: true,
    });
    expect(createBlobStore(config).kind).toBe('s3');
    const aws = loadConfig({ BLOB_STORE: 's3', S3_BUCKET: 'b-123', S3_REGION: 'ap-southeast-3' });
    expect(aws.blobStore).toMatchObject({ forcePathStyle: false, region: 'ap-southeast-3' });
  });

  it.each<[Record<string, string>, string]>([
    [{ BLOB_STORE: 'ftp' }, 'BLOB_STORE'],
    [{ BLOB_STORE: 's3' }, 'S3_BUCKET: wajib diisi bila BLOB_STORE=s3'],
    [
      { BLOB_STORE: 's3', S3_BUCKET: 'b-123', S3_ACCESS_KEY_ID: 'only-one' },
      'S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY: isi keduanya',
    ],
    [{ BLOB_STORE: 's3', S3_BUCKET: 'b-123', S3_ENDPOINT: 'ftp://x' }, 'S3_ENDPOINT'],
    [{ S3_FORCE_PATH_STYLE: 'ya' }, 'S3_FORCE_PATH_STYLE'],
  ])('refuses %j with one message naming the variable', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(/^Konfigurasi tidak valid:/);
    expect(() => loadConfig(env)).toThrow(expected);
  });
});
