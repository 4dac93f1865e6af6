import { isKaryaCategory, messageFor, type Locale } from '@kinerja/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalidField } from '../../lib/app-error.js';
import { writeAudit } from '../../lib/audit.js';
import { asPdfName, pdfChecks, receiveUpload, uploadFileName } from '../../lib/blob-store/index.js';
import type { AppContext } from '../../lib/context.js';
import { KARYA_MAX_BYTES, karyaOwnerProvince } from './karya-owner.js';
import { insertKarya, type KaryaRow } from './karya.repository.js';

/**
 * Adds a work to the person's Bukti Karya: title and Kategori Karya are checked before the raw PDF
 * body streams in (≤ 10 MB while streaming, "%PDF-" by its bytes); the row and its audit row commit
 * together once the blob is stored.
 */
export async function createKarya(
  ctx: AppContext,
  input: {
    personId: string;
    title: string;
    category: string;
    locale: Locale;
    requestId: string;
    request: FastifyRequest;
    reply: FastifyReply;
  },
): Promise<KaryaRow> {
  const { locale } = input;
  if (!isKaryaCategory(input.category)) {
    const message = messageFor('KARYA_CATEGORY_UNKNOWN', locale, { code: input.category });
    throw invalidField('category', message);
  }
  const provinceCode = await karyaOwnerProvince(ctx.db, input.personId);
  const staged = await receiveUpload({
    blobs: ctx.blobs,
    request: input.request,
    reply: input.reply,
    limits: { maxBytes: KARYA_MAX_BYTES, ...pdfChecks },
    locale,
  });
  try {
    await staged.commit();
    return await ctx.db.transaction().execute(async (trx) => {
      const row = await insertKarya(trx, {
        ownerId: input.personId,
        provinceCode,
        category: input.category,
        title: input.title,
        fileHash: staged.hash,
        fileName: asPdfName(uploadFileName(input.request)),
        sizeBytes: staged.size,
        createdAt: ctx.clock(),
      });
      await writeAudit(trx, {
        at: ctx.clock(),
        actorId: input.personId,
        action: 'karya.create',
        entityType: 'karya',
        entityId: row.id,
        after: { title: row.title, category: row.category, fileHash: row.fileHash },
        requestId: input.requestId,
      });
      return row;
    });
  } finally {
    await staged.discard();
  }
}
