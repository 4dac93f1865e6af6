import { hasPdfSignature } from '@kinerja/domain';
import type { PutOptions } from './blob-store.js';
import { pdfInspector } from './pdf-inspector.js';

/** A `sniff` for PutOptions: accepts bytes starting with "%PDF-", else refuses with 'NOT_PDF'. */
export const pdfSniff = (firstBytes: Uint8Array): string | null =>
  hasPdfSignature(firstBytes) ? null : 'NOT_PDF';

/** The content checks of every PDF upload: "%PDF-" first, and no active content (issue 12 §8). */
export const pdfChecks = { sniff: pdfSniff, inspect: pdfInspector } satisfies Omit<
  PutOptions,
  'maxBytes'
>;
