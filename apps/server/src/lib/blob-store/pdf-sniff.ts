import { hasPdfSignature } from '@kinerja/domain';

/** A `sniff` for PutOptions: accepts bytes starting with "%PDF-", else refuses with 'NOT_PDF'. */
export const pdfSniff = (firstBytes: Uint8Array): string | null =>
  hasPdfSignature(firstBytes) ? null : 'NOT_PDF';
