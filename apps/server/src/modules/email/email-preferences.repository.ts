import { EMAIL_PREFERENCE_DEFAULT, type EmailPreference } from '@kinerja/domain';
import type { Db } from '../../db/database.js';

/** A person's email choice, or the domain's default when they never chose. */
export async function findEmailPreference(db: Db, personId: string): Promise<EmailPreference> {
  const row = await db
    .selectFrom('emailPreferences')
    .select(['enabled', 'frequency'])
    .where('personId', '=', personId)
    .executeTakeFirst();
  return row ?? EMAIL_PREFERENCE_DEFAULT;
}

/** Stores a person's email choice inside the caller's transaction. */
export async function saveEmailPreference(
  trx: Db,
  input: { personId: string; preference: EmailPreference; now: Date },
): Promise<void> {
  const values = { ...input.preference, updatedAt: input.now };
  await trx
    .insertInto('emailPreferences')
    .values({ personId: input.personId, ...values })
    .onConflict((oc) => oc.column('personId').doUpdateSet(values))
    .execute();
}
