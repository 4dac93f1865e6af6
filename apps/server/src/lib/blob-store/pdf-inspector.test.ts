import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobError, createLocalBlobStore, pdfChecks, type BlobStore } from './index.js';

// A small PDF whose objects 4 and 5 sit in a Flate-compressed object stream (PDF 1.5+).
function pdfWithObjectStream(objects: string): Buffer {
  const packed = deflateSync(Buffer.from(`4 0 5 40 ${objects}`, 'latin1'));
  return Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1'),
    Buffer.from(
      `3 0 obj\n<< /Type /ObjStm /N 2 /First 9 /Filter /FlateDecode /Length ${packed.length} >>\nstream\r\n`,
      'latin1',
    ),
    packed,
    Buffer.from('\r\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]);
}

describe('PDF uploads with active content are refused (issue 12 finding 8d)', () => {
  let root = '';
  let store: BlobStore;
  const limits = { maxBytes: 100_000, ...pdfChecks };
  const refusal = (bytes: Buffer) =>
    store.put(Readable.from([bytes]), limits).then(
      () => null,
      (error: unknown) => (error instanceof BlobError ? [error.code, error.reason] : error),
    );

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kinerja-pdf-inspect-'));
    store = createLocalBlobStore(root);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('refuses a JavaScript action in plain objects, also when hex-escaped', async () => {
    const js =
      '%PDF-1.7\n1 0 obj\n<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\nendobj\n';
    expect(await refusal(Buffer.from(js, 'latin1'))).toEqual([
      'BLOB_REJECTED',
      'PDF_ACTIVE_CONTENT',
    ]);
    const escaped = '%PDF-1.4\n<< /S /L#61unch /F (cmd.exe) >>\n';
    expect(await refusal(Buffer.from(escaped, 'latin1'))).toEqual([
      'BLOB_REJECTED',
      'PDF_ACTIVE_CONTENT',
    ]);
  });

  it('refuses JavaScript hidden in a compressed object stream', async () => {
    const hidden = pdfWithObjectStream(
      '<< /S /JavaScript /JS (app.alert(1)) >> << /Names 4 0 R >>',
    );
    expect(hidden.includes('JavaScript')).toBe(false);
    expect(await refusal(hidden)).toEqual(['BLOB_REJECTED', 'PDF_ACTIVE_CONTENT']);
  });

  it('accepts an ordinary PDF with compressed objects, and leaves no temporary file', async () => {
    const plain = pdfWithObjectStream('<< /Type /Page /Parent 2 0 R >> << /Font 6 0 R >>');
    expect(await refusal(plain)).toBeNull();
    expect(await readdir(join(root, 'tmp'))).toEqual([]);
  });
});
