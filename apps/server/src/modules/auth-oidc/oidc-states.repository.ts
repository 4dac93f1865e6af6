import type { Db } from '../../db/database.js';

/** A pending sign-in: what the callback must check and where it goes afterwards. */
export type OidcLoginState = {
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: Date;
};

/** Stores a pending sign-in under the hash of its state, and drops expired ones. */
export async function insertLoginState(
  db: Db,
  row: OidcLoginState & { stateHash: string; now: Date },
): Promise<void> {
  await db.deleteFrom('oidcLoginStates').where('expiresAt', '<=', row.now).execute();
  await db
    .insertInto('oidcLoginStates')
    .values({
      stateHash: row.stateHash,
      nonce: row.nonce,
      codeVerifier: row.codeVerifier,
      returnTo: row.returnTo,
      createdAt: row.now,
      expiresAt: row.expiresAt,
    })
    .execute();
}

/** Takes a pending sign-in out of the table in one statement, so it can be used only once. */
export async function consumeLoginState(
  db: Db,
  stateHash: string,
): Promise<OidcLoginState | undefined> {
  return db
    .deleteFrom('oidcLoginStates')
    .where('stateHash', '=', stateHash)
    .returning(['nonce', 'codeVerifier', 'returnTo', 'expiresAt'])
    .executeTakeFirst();
}
