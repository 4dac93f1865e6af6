/** What one ZIP download delivered: complete PDF entries, bytes, time, and whether it ended by itself. */
export type ZipRead = {
  path: string;
  documents: number;
  bytes: number;
  seconds: number;
  /** True when the central directory arrived (the whole ZIP); false when stopped at the time limit. */
  isComplete: boolean;
};

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;

/**
 * Counts the complete entries of a streamed ZIP as its bytes arrive. The server writes stored
 * entries with their sizes in the local header (no data descriptor: zip-writer.ts), so an entry is
 * complete once header, name and `size` bytes have passed; the central directory ends the count.
 */
export class ZipEntryCounter {
  entries = 0;
  pdfEntries = 0;
  isDone = false;
  private header = Buffer.alloc(0);
  private skip = 0;
  private pendingName: { length: number; bytes: Buffer } | null = null;
  private pendingSize = 0;
  private isPdf = false;

  private complete(): void {
    this.entries++;
    if (this.isPdf) this.pdfEntries++;
  }

  /** Feeds the next chunk of the body. */
  push(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length && !this.isDone) {
      if (this.skip > 0) {
        const step = Math.min(this.skip, chunk.length - offset);
        this.skip -= step;
        offset += step;
        if (this.skip === 0) this.complete();
        continue;
      }
      if (this.pendingName) {
        const need = this.pendingName.length - this.pendingName.bytes.length;
        const take = chunk.subarray(offset, offset + need);
        this.pendingName.bytes = Buffer.concat([this.pendingName.bytes, take]);
        offset += take.length;
        if (this.pendingName.bytes.length === this.pendingName.length) {
          this.isPdf = this.pendingName.bytes.toString('utf8').endsWith('.pdf');
          this.pendingName = null;
          this.skip = this.pendingSize;
          if (this.skip === 0) this.complete();
        }
        continue;
      }
      const need = 30 - this.header.length;
      const take = chunk.subarray(offset, offset + need);
      this.header = Buffer.concat([this.header, take]);
      offset += take.length;
      if (this.header.length >= 4 && this.header.readUInt32LE(0) === CENTRAL_HEADER) {
        this.isDone = true;
        break;
      }
      if (this.header.length < 30) continue;
      if (this.header.readUInt32LE(0) !== LOCAL_HEADER) throw new Error('not a ZIP local header');
      const nameLength = this.header.readUInt16LE(26);
      const extraLength = this.header.readUInt16LE(28);
      this.pendingSize = this.header.readUInt32LE(18) + extraLength;
      this.pendingName = { length: nameLength, bytes: Buffer.alloc(0) };
      this.header = Buffer.alloc(0);
    }
  }
}

/**
 * Downloads a ZIP (GET with the session cookie), counting complete PDF entries as they stream in;
 * with `limitSeconds`, aborts at that time and counts what was complete by then.
 */
export async function readZip(input: {
  appUrl: string;
  path: string;
  cookie: string;
  limitSeconds?: number;
}): Promise<ZipRead> {
  const controller = new AbortController();
  const started = performance.now();
  const timer = input.limitSeconds
    ? setTimeout(() => controller.abort(), input.limitSeconds * 1000)
    : undefined;
  const counter = new ZipEntryCounter();
  let bytes = 0;
  try {
    const response = await fetch(new URL(input.path, input.appUrl), {
      headers: { cookie: input.cookie },
      signal: controller.signal,
    });
    if (response.status !== 200 || !response.body) {
      throw new Error(
        `${input.path}: got ${response.status}: ${(await response.text()).slice(0, 300)}`,
      );
    }
    for await (const chunk of response.body) {
      const buffer = Buffer.from(chunk as Uint8Array);
      bytes += buffer.length;
      counter.push(buffer);
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
  }
  return {
    path: input.path,
    documents: counter.pdfEntries,
    bytes,
    seconds: (performance.now() - started) / 1000,
    isComplete: counter.isDone,
  };
}
