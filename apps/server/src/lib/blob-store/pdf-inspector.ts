import { createPdfActiveContentScanner, type PdfActiveContentScanner } from '@kinerja/domain';
import { readFile } from 'node:fs/promises';
import { constants, createInflate } from 'node:zlib';
import type { ContentInspector } from './blob-store.js';

/** The refusal reason of a PDF with JavaScript, launch actions, attachments or forms that post. */
export const PDF_ACTIVE_CONTENT = 'PDF_ACTIVE_CONTENT';

// At most this much inflated content is scanned per file: enough for every object stream of a
// real document, while a "zip bomb" costs the server a bounded amount of work.
const INFLATE_BUDGET = 64 * 1024 * 1024;
const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

// Inflates one Flate stream (tolerating truncation and trailing bytes) into the scanner; returns
// how many bytes came out. Streams that are not Flate fail at once and cost nothing.
function inflateInto(data: Buffer, scanner: PdfActiveContentScanner, budget: number) {
  return new Promise<number>((resolve) => {
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    let out = 0;
    const done = () => resolve(out);
    inflate.on('data', (chunk: Buffer) => {
      scanner.feed(chunk);
      out += chunk.length;
      if (out > budget) inflate.destroy();
    });
    inflate.on('error', done).on('end', done).on('close', done);
    inflate.end(data);
  });
}

/**
 * Names hidden in compressed streams (object streams of PDF 1.5+, where a whole catalogue with its
 * /OpenAction can sit): every `stream … endstream` body is inflated and scanned, up to the budget.
 */
async function scanCompressedStreams(path: string, scanner: PdfActiveContentScanner) {
  const file = await readFile(path);
  let budget = INFLATE_BUDGET;
  let at = file.indexOf(STREAM);
  while (at >= 0 && budget > 0) {
    const isEnd = at >= 3 && file.subarray(at - 3, at).toString('latin1') === 'end';
    let start = at + STREAM.length;
    if (file[start] === 0x0d) start += 1;
    if (!isEnd && file[start] === 0x0a) {
      const end = file.indexOf(END_STREAM, start);
      const body = file.subarray(start + 1, end < 0 ? file.length : end);
      budget -= await inflateInto(body, scanner, budget);
      at = end < 0 ? -1 : file.indexOf(STREAM, end + END_STREAM.length);
      continue;
    }
    at = file.indexOf(STREAM, at + STREAM.length);
  }
}

/**
 * An inspector for PDF uploads: refuses active content (the domain's list) named in the raw bytes
 * or in any compressed stream. Not caught: encrypted PDFs' objects, and content past the budget.
 */
export function pdfInspector(): ContentInspector {
  const scanner = createPdfActiveContentScanner();
  return {
    feed: (bytes) => scanner.feed(bytes),
    async finish(path) {
      if (scanner.found().length === 0) await scanCompressedStreams(path, scanner);
      return scanner.found().length > 0 ? PDF_ACTIVE_CONTENT : null;
    },
  };
}
