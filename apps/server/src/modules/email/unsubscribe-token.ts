import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/database.js';

// The key lives in the database (migration 0029) so that every instance signs and checks alike
// and no operator has to manage one more secret.
let cachedKey: { db: Db; secret: string } | undefined;

async function signingKey(db: Db): Promise<string> {
  if (cachedKey?.db === db) return cachedKey.secret;
  const row = await db
    .selectFrom('emailSigningKey')
    .select('secret')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  cachedKey = { db, secret: row.secret };
  return row.secret;
}

const mac = (secret: string, personId: string) =>
  createHmac('sha256', secret).update(`unsubscribe:${personId}`).digest('base64url');

/** The token of an unsubscribe link: the person's id and its signature, valid without signing in. */
export async function unsubscribeTokenFor(db: Db, personId: string): Promise<string> {
  return `${personId}.${mac(await signingKey(db), personId)}`;
}

/** The person an unsubscribe token names, or null when it was not signed by this installation. */
export async function personOfUnsubscribeToken(db: Db, token: string): Promise<string | null> {
  const [personId, signature, ...rest] = token.split('.');
  if (!personId || !signature || rest.length > 0) return null;
  const expected = Buffer.from(mac(await signingKey(db), personId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? personId : null;
}
