import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { BlobError, SNIFF_BYTES, type PutOptions } from './blob-store.js';

const ignore = () => undefined;

/** A checked temporary file: where it is, its SHA-256 and its size. */
export type StagedFile = { path: string; hash: string; size: number };

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk);
  throw new TypeError('blob streams must yield bytes');
}

// Collects the first SNIFF_BYTES bytes (chunks may be tiny) and asks `sniff` once.
class Sniffer {
  private head = new Uint8Array(0);
  private isDone = false;

  constructor(private readonly sniff: PutOptions['sniff']) {}

  feed(bytes: Uint8Array, isEnd: boolean): void {
    if (this.isDone || !this.sniff) return;
    if (this.head.length < SNIFF_BYTES && bytes.length > 0) {
      const take = bytes.subarray(0, SNIFF_BYTES - this.head.length);
      const next = new Uint8Array(this.head.length + take.length);
      next.set(this.head);
      next.set(take, this.head.length);
      this.head = next;
    }
    if (this.head.length < SNIFF_BYTES && !isEnd) return;
    this.isDone = true;
    const reason = this.sniff(this.head);
    if (reason !== null) throw new BlobError('BLOB_REJECTED', { reason });
  }
}

/**
 * Streams into a new file under `tmpDir`, hashing as it goes; refuses at maxBytes + 1, on an empty
 * stream, on a sniff refusal or when the stream fails (client gone). On any refusal the temporary
 * file is deleted before the error is thrown, so nothing partial is left behind.
 */
export async function stageToFile(
  tmpDir: string,
  stream: Readable,
  options: PutOptions,
): Promise<StagedFile> {
  // A failing body (client gone) must reject this call, never crash the process as unhandled.
  stream.on('error', ignore);
  await mkdir(tmpDir, { recursive: true });
  const path = join(tmpDir, `${randomUUID()}.part`);
  const hash = createHash('sha256');
  const sniffer = new Sniffer(options.sniff);
  const inspector = options.inspect?.();
  const file = await open(path, 'wx');
  let size = 0;
  try {
    try {
      // Not destroyed on a refusal: the HTTP layer still answers on the same connection.
      for await (const chunk of stream.iterator({ destroyOnReturn: false })) {
        const bytes = toBytes(chunk);
        size += bytes.length;
        if (size > options.maxBytes) {
          throw new BlobError('BLOB_TOO_LARGE', { maxBytes: options.maxBytes });
        }
        sniffer.feed(bytes, false);
        inspector?.feed(bytes);
        hash.update(bytes);
        await file.write(bytes);
      }
    } catch (error) {
      throw error instanceof BlobError ? error : new BlobError('BLOB_ABORTED', { cause: error });
    }
    if (size === 0) throw new BlobError('BLOB_EMPTY');
    sniffer.feed(new Uint8Array(0), true);
    await file.sync();
    const reason = inspector ? await inspector.finish(path) : null;
    if (reason !== null) throw new BlobError('BLOB_REJECTED', { reason });
  } catch (error) {
    await file.close().catch(() => undefined);
    await rm(path, { force: true });
    // Discard the rest of a refused body so the answer can be sent; the caller closes after it.
    if (!stream.destroyed) stream.resume();
    throw error;
  }
  await file.close();
  return { path, hash: hash.digest('hex'), size };
}
