import { AppError } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { assertNotThrottled, clearFailures, recordFailure } from './login-throttle.js';
import { verifyPassword } from './passwords.js';
import { startSession } from './start-session.js';

/** Same message whether the email exists or not, so accounts cannot be enumerated. */
const INVALID = 'Email atau kata sandi salah.';

/** Signs in with email and password; returns the new session token. */
export async function loginWithPassword(
  ctx: AppContext,
  input: { email: string; password: string; ip: string; requestId: string },
): Promise<{ token: string; csrfToken: string; mustChangePassword: boolean }> {
  const now = ctx.clock();
  await assertNotThrottled(ctx.db, { email: input.email, ip: input.ip, now });
  const person = await ctx.db
    .selectFrom('people')
    .select(['id', 'passwordHash', 'mustChangePassword'])
    .where('email', '=', input.email)
    .executeTakeFirst();
  const isValid = await verifyPassword(person?.passwordHash ?? null, input.password);
  if (!person || !isValid) {
    await recordFailure(ctx.db, { email: input.email, ip: input.ip, now });
    throw new AppError({ code: 'INVALID_CREDENTIALS', message: INVALID });
  }
  const session = await ctx.db.transaction().execute(async (trx) => {
    await clearFailures(trx, { email: input.email, ip: input.ip });
    return startSession(ctx, trx, {
      personId: person.id,
      authMethod: 'password',
      requestId: input.requestId,
    });
  });
  return { ...session, mustChangePassword: person.mustChangePassword };
}
