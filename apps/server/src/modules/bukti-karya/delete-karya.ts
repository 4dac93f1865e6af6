import { messageFor, type Locale } from '@kinerja/domain';
import { AppError, notFound } from '../../lib/app-error.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { countKaryaUse, deleteKarya, findOwnKarya } from './karya.repository.js';

/** Deletes one of the person's works unless it is used as evidence (then 409 KARYA_IN_USE). */
export async function removeKarya(
  ctx: AppContext,
  input: { id: string; personId: string; locale: Locale; requestId: string },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const karya = await findOwnKarya(
      trx,
      { id: input.id, ownerId: input.personId },
      {
        forUpdate: true,
      },
    );
    if (!karya) throw notFound('Karya tidak ditemukan.');
    if ((await countKaryaUse(trx, karya.id)) > 0) {
      throw new AppError({
        code: 'KARYA_IN_USE',
        status: 409,
        message: messageFor('KARYA_IN_USE', input.locale),
      });
    }
    await deleteKarya(trx, karya.id);
    await writeAudit(trx, {
      at: ctx.clock(),
      actorId: input.personId,
      action: 'karya.delete',
      entityType: 'karya',
      entityId: karya.id,
      before: { title: karya.title, category: karya.category, fileHash: karya.fileHash },
      requestId: input.requestId,
    });
  });
}
