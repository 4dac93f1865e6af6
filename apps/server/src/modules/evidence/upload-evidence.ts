import type { EvidenceCertificate } from '@kinerja/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { asPdfName, pdfChecks, receiveUpload, uploadFileName } from '../../lib/blob-store/index.js';
import type { AppContext } from '../../lib/context.js';
import { certificateFor, checkSlotContent } from './evidence-content.js';
import { withTextDigest } from './evidence-reuse.js';
import { loadSlotWrite } from './evidence-scope.js';
import { saveSlotContent, type SlotWriteInput } from './save-slot-content.js';

/**
 * "Unggah Dokumen" (or "Ubah" while a draft): the raw PDF body streams into the blob store, limited
 * to the rule set's size while streaming and judged by its first bytes (domain.md §3.4,
 * architecture.md §4). Authorization, the slot's state and the certificate details are checked
 * before a byte is read; a refused or cut-off upload changes nothing and leaves no temporary file.
 */
export async function uploadEvidence(
  ctx: AppContext,
  input: SlotWriteInput & {
    certificate: EvidenceCertificate | undefined;
    /** The request, or a stand-in with the body stream (a finished resumable upload). */
    request: Pick<FastifyRequest, 'body' | 'headers'>;
    reply: FastifyReply;
  },
): Promise<void> {
  const { locale } = input;
  const pre = await loadSlotWrite(ctx.db, {
    ...input,
    action: 'evidence.upload',
    now: ctx.clock(),
  });
  const { scope, slot } = pre;
  const certificate = certificateFor(slot, input.certificate, locale);
  // Certificate kind and date first, with a placeholder file: a wrong date costs no upload.
  const placeholder = { name: 'dokumen.pdf', sizeBytes: 1 };
  const uploadedOn = scope.today;
  checkSlotContent({
    scope,
    slot,
    file: placeholder,
    certificate,
    reuse: null,
    uploadedOn,
    locale,
  });
  if (scope.ruleSet.evidence.mode !== 'upload') return;
  // The text digest is taken from the complete temporary file, before anything is stored.
  let textDigest: string | null = null;
  const inspect = () =>
    withTextDigest(pdfChecks.inspect(), (digest) => {
      textDigest = digest;
    });
  const staged = await receiveUpload({
    blobs: ctx.blobs,
    request: input.request,
    reply: input.reply,
    limits: { maxBytes: scope.ruleSet.evidence.maxBytes, sniff: pdfChecks.sniff, inspect },
    locale,
  });
  try {
    const file = {
      hash: staged.hash,
      name: asPdfName(uploadFileName(input.request)),
      sizeBytes: staged.size,
      source: 'device' as const,
      karyaId: null,
      textDigest,
    };
    await saveSlotContent(ctx, {
      ...input,
      file,
      action: 'evidence.upload',
      commitBlob: staged.commit,
    });
  } finally {
    await staged.discard();
  }
}
