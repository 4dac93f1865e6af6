import { join } from 'node:path';
import type { Config } from '../../config.js';
import type { BlobStore } from './blob-store.js';
import { createLocalBlobStore } from './local-blob-store.js';
import { createS3BlobStore } from './s3-blob-store.js';

export {
  BlobError,
  isBlobError,
  isBlobHash,
  SNIFF_BYTES,
  type BlobErrorCode,
  type BlobStore,
  type ContentInspector,
  type PutOptions,
  type StagedBlob,
  type StoredBlob,
} from './blob-store.js';
export { createLocalBlobStore } from './local-blob-store.js';
export { createS3BlobStore } from './s3-blob-store.js';
export { pdfChecks, pdfSniff } from './pdf-sniff.js';
export { PDF_ACTIVE_CONTENT } from './pdf-inspector.js';
export { extractPdfText } from './pdf-text.js';
export {
  acceptRawUploads,
  asPdfName,
  FILE_NAME_HEADER,
  receiveUpload,
  uploadError,
  uploadFileName,
} from './http-upload.js';

/** The blob store the configuration asks for: KINERJA_DATA_DIR/blobs, or the S3 bucket. */
export function createBlobStore(config: Pick<Config, 'blobStore' | 'dataDir'>): BlobStore {
  const root = join(config.dataDir, 'blobs');
  const store = config.blobStore;
  if (store.kind === 'local') return createLocalBlobStore(root);
  return createS3BlobStore({ ...store, tmpDir: join(root, 'tmp') });
}
export { sweepTempFiles, type TempFiles } from './temp-files.js';
export { sendStoredPdf } from './send-file.js';
