import { AppError } from '../../lib/app-error.js';
import { writeAudit } from '../../lib/audit.js';
import type { AppContext } from '../../lib/context.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { deleteSessionsOf } from './sessions.repository.js';

/** Changes the signed-in person's password; ends their other sessions. */
export async function changePassword(
  ctx: AppContext,
  input: {
    personId: string;
    sessionIdHash: string;
    currentPassword: string;
    newPassword: string;
    requestId: string;
  },
): Promise<void> {
  const person = await ctx.db
    .selectFrom('people')
    .select(['passwordHash'])
    .where('id', '=', input.personId)
    .executeTakeFirstOrThrow();
  if (!person.passwordHash || !(await verifyPassword(person.passwordHash, input.currentPassword))) {
    throw new AppError({
      code: 'VALIDATION_FAILED',
      message: 'currentPassword: kata sandi saat ini salah.',
      fields: [{ field: 'currentPassword', message: 'Kata sandi saat ini salah.' }],
    });
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError({
      code: 'VALIDATION_FAILED',
      message: 'newPassword: kata sandi baru harus berbeda dari kata sandi saat ini.',
      fields: [{ field: 'newPassword', message: 'Harus berbeda dari kata sandi saat ini.' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('people')
      .set({ passwordHash, mustChangePassword: false, updatedAt: ctx.clock() })
      .where('id', '=', input.personId)
      .execute();
    await deleteSessionsOf(trx, input.personId, input.sessionIdHash);
    await writeAudit(trx, {
      at: ctx.clock(),
      actorId: input.personId,
      action: 'auth.change_password',
      entityType: 'person',
      entityId: input.personId,
      requestId: input.requestId,
    });
  });
}
