import type { Readable } from 'node:stream';

/** Limits and content check applied while a stream is stored (architecture.md §4). */
export type PutOptions = {
  /** Largest accepted size; the stream is abandoned at maxBytes + 1. */
  maxBytes: number;
  /**
   * Checks the first bytes (at least SNIFF_BYTES, fewer only when the whole stream is shorter):
   * null accepts, a string is the reason to refuse (e.g. 'NOT_PDF').
   */
  sniff?: (firstBytes: Uint8Array) => string | null;
  /** A fresh inspector per stream that sees every byte and judges the complete file at the end. */
  inspect?: () => ContentInspector;
};

/** Reads a stream as it passes and judges it once complete (e.g. active content in a PDF). */
export type ContentInspector = {
  feed: (bytes: Uint8Array) => void;
  /** null accepts, a string is the reason to refuse; `path` is the complete temporary file. */
  finish: (path: string) => Promise<string | null>;
};

/** A stored blob: its SHA-256 (lower-case hex) and size in bytes. */
export type StoredBlob = { hash: string; size: number };

/**
 * A blob received and checked but not yet stored under its hash: `commit` makes it visible
 * (idempotent), `discard` removes the temporary copy. Always call one of them.
 */
export type StagedBlob = StoredBlob & {
  commit: () => Promise<void>;
  discard: () => Promise<void>;
};

/** Content-addressed file storage (local disk or S3-compatible) — architecture.md §4. */
export type BlobStore = {
  /** Which implementation this is, for logs and health. */
  readonly kind: 'local' | 's3';
  /** Receives a stream into a temporary copy, enforcing `maxBytes` and `sniff` while it streams. */
  stage: (stream: Readable, options: PutOptions) => Promise<StagedBlob>;
  /** stage + commit: stores a stream under its SHA-256; never leaves a partial blob visible. */
  put: (stream: Readable, options: PutOptions) => Promise<StoredBlob>;
  /** The content of a blob; throws BlobError BLOB_NOT_FOUND when absent. */
  get: (hash: string) => Promise<Readable>;
  /** Whether a blob is stored. */
  has: (hash: string) => Promise<boolean>;
  /** Every stored blob (for the registry's reconciliation and the storage figures). */
  list: () => AsyncIterable<StoredBlob>;
  /** Removes a blob; nothing happens when it is absent. Only the blob collector calls this. */
  delete: (hash: string) => Promise<void>;
  /** The local directory where uploads are received (both kinds); swept by the housekeeping job. */
  readonly tmpDir: string;
};

/** How many leading bytes `sniff` receives. */
export const SNIFF_BYTES = 8;

/** Why a blob could not be stored or read. */
export type BlobErrorCode =
  'BLOB_TOO_LARGE' | 'BLOB_EMPTY' | 'BLOB_REJECTED' | 'BLOB_ABORTED' | 'BLOB_NOT_FOUND';

/** A refusal of the blob store; `reason` is the sniff's string for BLOB_REJECTED. */
export class BlobError extends Error {
  readonly code: BlobErrorCode;
  readonly reason: string | undefined;
  readonly maxBytes: number | undefined;

  constructor(
    code: BlobErrorCode,
    options: { reason?: string; maxBytes?: number; cause?: unknown } = {},
  ) {
    super(`${code}${options.reason ? `: ${options.reason}` : ''}`, { cause: options.cause });
    this.name = 'BlobError';
    this.code = code;
    this.reason = options.reason;
    this.maxBytes = options.maxBytes;
  }
}

/** Whether a value is a BlobError. */
export const isBlobError = (value: unknown): value is BlobError => value instanceof BlobError;

/** Whether a string is a SHA-256 hex digest as the store names blobs. */
export const isBlobHash = (value: string): boolean => /^[0-9a-f]{64}$/.test(value);
