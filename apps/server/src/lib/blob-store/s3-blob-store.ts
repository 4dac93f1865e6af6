import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import {
  BlobError,
  isBlobHash,
  type BlobStore,
  type PutOptions,
  type StagedBlob,
  type StoredBlob,
} from './blob-store.js';
import { stageToFile } from './staging.js';

/** Connection to an S3-compatible bucket (AWS S3, MinIO, Ceph, s3rver in tests). */
export type S3BlobStoreOptions = {
  bucket: string;
  region: string;
  endpoint?: string | undefined;
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  forcePathStyle: boolean;
  /** Local directory for receiving uploads before they are sent to the bucket. */
  tmpDir: string;
  /** Key prefix inside the bucket. */
  prefix?: string;
};

const isMissing = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
};

function clientConfig(options: S3BlobStoreOptions): S3ClientConfig {
  const config: S3ClientConfig = {
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    // Plain PUTs with a known length: no aws-chunked trailers, which many S3-compatible servers lack.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
  if (options.endpoint) config.endpoint = options.endpoint;
  if (options.accessKeyId && options.secretAccessKey) {
    config.credentials = {
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
    };
  }
  return config;
}

/**
 * Blobs in an S3-compatible bucket under `prefix + sha256`. Uploads are received and checked in a
 * local temporary file first (size while streaming, first bytes), so the bucket only ever gets
 * complete, accepted objects under their final key (architecture.md §4).
 */
export function createS3BlobStore(options: S3BlobStoreOptions): BlobStore {
  const client = new S3Client(clientConfig(options));
  const prefix = options.prefix ?? 'blobs/';
  const key = (hash: string) => {
    if (!isBlobHash(hash)) throw new BlobError('BLOB_NOT_FOUND');
    return `${prefix}${hash}`;
  };
  const tmpDir = join(options.tmpDir, 's3-upload');

  async function has(hash: string): Promise<boolean> {
    if (!isBlobHash(hash)) return false;
    try {
      await client.send(new HeadObjectCommand({ Bucket: options.bucket, Key: key(hash) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async function stage(stream: Readable, putOptions: PutOptions): Promise<StagedBlob> {
    const staged = await stageToFile(tmpDir, stream, putOptions);
    const discard = () => rm(staged.path, { force: true });
    const commit = async () => {
      if (await has(staged.hash)) return;
      await client.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: key(staged.hash),
          Body: createReadStream(staged.path),
          ContentLength: staged.size,
          ContentType: 'application/octet-stream',
        }),
      );
    };
    return { hash: staged.hash, size: staged.size, commit, discard };
  }

  async function* list(): AsyncIterable<StoredBlob> {
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({
          Bucket: options.bucket,
          Prefix: prefix,
          ...(token ? { ContinuationToken: token } : {}),
        }),
      );
      for (const object of page.Contents ?? []) {
        const hash = object.Key?.slice(prefix.length) ?? '';
        if (isBlobHash(hash)) yield { hash, size: object.Size ?? 0 };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  return {
    kind: 's3',
    // Uploads are received here before they go to the bucket; the housekeeping job sweeps it.
    tmpDir,
    stage,
    list,
    delete: async (hash) => {
      if (!isBlobHash(hash)) return;
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: key(hash) }));
    },
    async put(stream, putOptions) {
      const staged = await stage(stream, putOptions);
      try {
        await staged.commit();
      } finally {
        await staged.discard();
      }
      return { hash: staged.hash, size: staged.size };
    },
    async get(hash) {
      try {
        const object = await client.send(
          new GetObjectCommand({ Bucket: options.bucket, Key: key(hash) }),
        );
        if (!(object.Body instanceof Readable)) throw new BlobError('BLOB_NOT_FOUND');
        return object.Body;
      } catch (error) {
        if (isMissing(error)) throw new BlobError('BLOB_NOT_FOUND', { cause: error });
        throw error;
      }
    },
    has,
  };
}
